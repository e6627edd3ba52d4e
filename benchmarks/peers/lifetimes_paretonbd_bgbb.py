"""Times lifetimes 0.11.3's ParetoNBDFitter.fit (CDNOW) and BetaGeoBetaBinomFitter.fit (donations) for docs/benchmarks.md.

Run with Debian's python3 and the peers on the path (see ../shared/peers/README.md):
    PYTHONPATH=../shared/peers/lifetimes:../shared/peers/autograd /usr/bin/python3 benchmarks/peers/lifetimes_paretonbd_bgbb.py
One warm-up fit, then RUNS timed fits (time.perf_counter); prints the median and the log-likelihood each fitter
reaches, recomputed with the full (unpenalised, all constants) formula so it compares with ours.
"""
import statistics
import time

import numpy as np
import pandas as pd
from lifetimes import BetaGeoBetaBinomFitter, ParetoNBDFitter

RUNS = 7
DATA = "tests/RelationshipKit.Value.Tests/TestData/"


def timed(fit):
    fit()  # warm-up
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        fitter = fit()
        times.append(time.perf_counter() - start)
    return fitter, times


cdnow = pd.read_csv(DATA + "cdnow_customers_summary.csv")
pareto, pareto_times = timed(lambda: ParetoNBDFitter().fit(cdnow.frequency, cdnow.recency, cdnow["T"]))
p = pareto.params_
pareto_ll = -ParetoNBDFitter._negative_log_likelihood(
    (p["r"], p["alpha"], p["s"], p["beta"]), cdnow.frequency.values, cdnow.recency.values, cdnow["T"].values, np.ones(len(cdnow)), 0
)  # this one returns the weighted total (divided by the mean weight, 1)
print("ParetoNBDFitter.fit  median %.4f s  runs %s" % (statistics.median(pareto_times), ["%.4f" % t for t in pareto_times]))
print("  params", {k: round(v, 6) for k, v in p.items()}, "log-likelihood %.9f" % pareto_ll)

donations = pd.read_csv(DATA + "donations.csv")
bgbb, bgbb_times = timed(lambda: BetaGeoBetaBinomFitter().fit(donations.frequency, donations.recency, donations.periods, donations.weights))
b = bgbb.params_
bgbb_ll = -BetaGeoBetaBinomFitter._negative_log_likelihood(
    np.log(b.values), donations.frequency.values, donations.recency.values, donations.periods.values, donations.weights.values
) * donations.weights.sum()  # this one returns the weighted mean
print("BetaGeoBetaBinomFitter.fit  median %.4f s  runs %s" % (statistics.median(bgbb_times), ["%.4f" % t for t in bgbb_times]))
print("  params", {k: round(v, 6) for k, v in b.items()}, "log-likelihood %.9f" % bgbb_ll)
