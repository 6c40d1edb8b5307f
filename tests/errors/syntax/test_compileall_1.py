x (
