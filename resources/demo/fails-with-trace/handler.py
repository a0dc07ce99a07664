"""A function that fails: shows what a call with an error and a trace looks like."""


def average(values):
    return sum(values) / len(values)


def handle(data):
    values = data.get("values", [])
    print(f"Averaging {len(values)} values")
    return {"average": average(values)}  # ZeroDivisionError for an empty list
