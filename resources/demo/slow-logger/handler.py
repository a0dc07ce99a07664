"""A function that runs for about 30 seconds and logs as it goes: try the live log view."""
import time


def handle(data):
    steps = int(data.get("steps", 15))
    delay = float(data.get("delay", 2.0))
    for step in range(1, steps + 1):
        print(f"step {step}/{steps}: working...")
        time.sleep(delay)
    print("done")
    return {"steps": steps}
