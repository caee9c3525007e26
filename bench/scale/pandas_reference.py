#!/usr/bin/env python3
"""Reference figures for bench-scale: the same rows held in memory by pandas, the same filters.

Usage: pandas_reference.py FLOWS.csv FILTERS.json
Prints one JSON object: load time, then per filter the seconds of the first screen (filter,
first 200 rows in the table's default order), of the count and tonnes totals
(groupby().sum()) and of the territories x years pivot (pivot_table). Debian: python3-pandas.
"""
import json
import sys
import time
import unicodedata

import pandas as pd


def fold(text):
    """Lower case without accents, as the application's search keys."""
    text = unicodedata.normalize("NFKD", str(text))
    return "".join(c for c in text if not unicodedata.combining(c)).lower()


def load(path):
    columns = {"ANNEE": "int16", "C_REGION": "category", "C_DEPT": "category", "C_COMMUNE": "category",
               "L_COMMUNE": "category", "C_TYP_REG_DECHET": "category", "L_TYP_REG_DECHET": "category",
               "C_TYP_REG_SERVICE": "category", "L_TYP_REG_SERVICE": "category"}
    df = pd.read_csv(path, sep=";", decimal=",", usecols=list(columns) + ["TONNAGE_T"], dtype=columns,
                     keep_default_na=False, na_values={"TONNAGE_T": [""]})
    df["kind"] = (df["C_TYP_REG_SERVICE"] != "").map({True: "traitement", False: "collecte"}).astype("category")
    # The table's default order: territory, year, stream.
    return df.sort_values(["C_COMMUNE", "ANNEE", "C_TYP_REG_DECHET"], kind="stable").reset_index(drop=True)


def text_mask(df, text):
    key = fold(text)
    def matching(code_col, label_col):
        pairs = df[[code_col, label_col]].drop_duplicates()
        return {c for c, l in zip(pairs[code_col], pairs[label_col]) if c and (key in fold(l) or key in fold(c))}
    return (df["C_COMMUNE"].isin(matching("C_COMMUNE", "L_COMMUNE"))
            | df["C_TYP_REG_DECHET"].isin(matching("C_TYP_REG_DECHET", "L_TYP_REG_DECHET"))
            | df["C_TYP_REG_SERVICE"].isin(matching("C_TYP_REG_SERVICE", "L_TYP_REG_SERVICE")))


def mask_of(df, f):
    mask = pd.Series(True, index=df.index)
    if "region" in f:
        mask &= df["C_REGION"] == f["region"]
    if "departement" in f:
        mask &= df["C_DEPT"] == f["departement"]
    if "stream" in f:
        mask &= df["C_TYP_REG_DECHET"] == f["stream"]
    if f.get("yearFrom"):
        mask &= df["ANNEE"] >= f["yearFrom"]
    if f.get("yearTo"):
        mask &= df["ANNEE"] <= f["yearTo"]
    if f.get("text"):
        mask &= text_mask(df, f["text"])
    return mask


def main():
    started = time.perf_counter()
    df = load(sys.argv[1])
    loaded = time.perf_counter() - started
    filters = json.load(open(sys.argv[2], encoding="utf-8"))
    first, totals, pivot = [], [], []
    for f in filters:
        t = time.perf_counter()
        rows = df[mask_of(df, f)].head(200)
        first.append(time.perf_counter() - t)
        t = time.perf_counter()
        sums = df[mask_of(df, f)].groupby("kind", observed=True)["TONNAGE_T"].agg(["size", "sum"])
        totals.append(time.perf_counter() - t)
        t = time.perf_counter()
        # One data set at a time, as the application's pivot: collecte.
        selected = df[mask_of(df, f) & (df["kind"] == "collecte")]
        table = pd.pivot_table(selected, index="C_COMMUNE", columns="ANNEE", values="TONNAGE_T", aggfunc="sum", observed=True)
        pivot.append(time.perf_counter() - t)
        del rows, sums, table
    print(json.dumps({"rows": len(df), "load": loaded, "first": first, "totals": totals, "pivot": pivot}))


if __name__ == "__main__":
    main()
