"""Times lifetimes 0.11.3's BG/NBD on a customer-summary file, for the whole-process comparison in docs/benchmarks.md.

The file is the one `dotnet run -c Release --project benchmarks/RelationshipKit.Benchmarks -- generate-summary FILE`
writes (1,000,000 seeded customers; columns id, frequency, recency, T, monetary_value, time_unit). Run with Debian's
python3 and the peers on the path (see ../shared/peers/README.md):
    PYTHONPATH=../shared/peers/lifetimes:../shared/peers/autograd /usr/bin/python3 \
        benchmarks/peers/lifetimes_bgnbd_file.py FILE [RUNS]
Prints, per run, the time of reading the file with pandas, of `BetaGeoFitter.fit` alone (time.perf_counter), and of
the conditional expected purchases over 39 weeks plus P(alive) for every customer with the fitted parameters.
"""
import statistics
import sys
import time

import pandas as pd
from lifetimes import BetaGeoFitter

path = sys.argv[1]
runs = int(sys.argv[2]) if len(sys.argv) > 2 else 3
reads, fits, predicts = [], [], []
for _ in range(runs):
    start = time.perf_counter()
    data = pd.read_csv(path)
    reads.append(time.perf_counter() - start)

    start = time.perf_counter()
    fitter = BetaGeoFitter().fit(data.frequency, data.recency, data["T"])
    fits.append(time.perf_counter() - start)

    start = time.perf_counter()
    fitter.conditional_expected_number_of_purchases_up_to_time(39, data.frequency, data.recency, data["T"])
    fitter.conditional_probability_alive(data.frequency, data.recency, data["T"])
    predicts.append(time.perf_counter() - start)

print("customers %d" % len(data))
print("params", {k: round(v, 6) for k, v in fitter.params_.items()})
for name, times in (("read_csv", reads), ("BetaGeoFitter.fit", fits), ("predict (E[Y(39)] + P(alive))", predicts)):
    print("%-32s median %.3f s  runs %s" % (name, statistics.median(times), ["%.3f" % t for t in times]))
