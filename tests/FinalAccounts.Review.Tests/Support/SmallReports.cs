namespace FinalAccounts.Review.Tests.Support;

/// <summary>Hand-written report files: one whose figures agree, one with a total 1.00 万元 off.</summary>
internal static class SmallReports
{
    /// <summary>收入总计 100.00 = 本年收入合计 90.00 + 年初结转和结余 10.00 in 表1: consistent (FA1001 runs and finds nothing).</summary>
    public static string Consistent => Report("100.00");

    /// <summary>收入总计 printed 101.00 where 90.00 + 10.00 = 100.00: one FA1001 error.</summary>
    public static string Broken => Report("101.00");

    private static string Report(string total) => """
    {
      "formatVersion": 1,
      "report": { "title": "测试单位2024年度决算", "year": 2024, "unitName": "测试单位", "level": "单位", "unitKind": "行政单位", "currencyUnit": "万元", "source": "test" },
      "tables": [
        { "id": "表1", "title": "收入支出决算总表", "unit": "万元", "defaults": { "basis": "决算" },
          "cells": [
            { "row": "本年收入合计", "column": "决算数", "concept": "本年收入合计", "value": "90.00" },
            { "row": "年初结转和结余", "column": "决算数", "concept": "年初结转和结余", "value": "10.00" },
            { "row": "收入总计", "column": "决算数", "concept": "收入总计", "value": "TOTAL" }
          ] }
      ],
      "statements": []
    }
    """.Replace("TOTAL", total, System.StringComparison.Ordinal);
}
