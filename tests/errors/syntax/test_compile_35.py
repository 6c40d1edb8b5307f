from sys import stdin, stdout,
stderr