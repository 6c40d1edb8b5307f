# Benchmark: raising and catching exceptions in loops (built-in and user-defined classes,
# except clauses matched by base class, else and finally, re-raise, exception chaining).

class AppError(Exception):
    def __init__(self, code):
        super().__init__("app error %d" % code)
        self.code = code


class NotFound(AppError):
    pass


def lookup(table, key):
    try:
        return table[key]
    except KeyError:
        return -1


def parse_all(texts):
    good = 0
    bad = 0
    for text in texts:
        try:
            good += int(text)
        except ValueError:
            bad += 1
    return good, bad


def risky(i):
    if i % 3 == 0:
        raise NotFound(i)
    if i % 3 == 1:
        raise AppError(i)
    return i


def user_errors(rounds):
    found = missing = other = cleanups = 0
    for i in range(rounds):
        try:
            found += risky(i)
        except NotFound as error:
            missing += error.code & 7
        except AppError as error:
            other += len(error.args[0])
        else:
            found += 1
        finally:
            cleanups += 1
    return found, missing, other, cleanups


def nested(rounds):
    total = 0
    for i in range(rounds):
        try:
            try:
                if i & 1:
                    raise ValueError(i)
                total += 1
            finally:
                total += 2
        except ValueError:
            try:
                raise RuntimeError("wrapped") from None
            except RuntimeError as error:
                total += len(str(error))
    return total


def chained(rounds):
    total = 0
    for i in range(rounds):
        try:
            try:
                1 // (i % 2)
            except ZeroDivisionError as error:
                raise LookupError("lookup") from error
        except LookupError as error:
            total += error.__cause__ is not None
    return total


def main():
    table = {i: i * 2 for i in range(0, 100, 2)}
    print("lookup", sum(lookup(table, i % 100) for i in range(200000)))
    print("parse", parse_all([str(i) if i % 4 else "x%d" % i for i in range(150000)]))
    print("user", user_errors(150000))
    print("nested", nested(200000))
    print("chained", chained(150000))


main()
