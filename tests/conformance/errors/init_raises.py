# An exception raised inside __init__: the traceback shows the call and the __init__ line.
class Account:
    def __init__(self, balance):
        if balance < 0:
            raise ValueError(f"balance cannot be negative: {balance}")
        self.balance = balance


accounts = [Account(10), Account(-5)]
