"""Reads cron cases (JSON: [{"cron": "...", "start": epoch_seconds, "count": n}, ...]) and prints,
for each, the next n run times in UTC (epoch seconds) as croniter computes them, or an error.
Used by tst_cronoracle as the reference for how CDF reads cron."""
import json
import sys
from datetime import datetime, timezone

from croniter import croniter

cases = json.load(open(sys.argv[1]))
out = []
for case in cases:
    try:
        it = croniter(case["cron"], datetime.fromtimestamp(case["start"], tz=timezone.utc))
        out.append({"runs": [int(it.get_next(datetime).timestamp()) for _ in range(case["count"])]})
    except Exception as e:  # noqa: BLE001 - any rejection is an answer
        out.append({"error": f"{type(e).__name__}: {e}"})
json.dump(out, sys.stdout)
