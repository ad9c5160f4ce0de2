using FinalAccounts.Reports;
using Xunit;

namespace FinalAccounts.Core.Tests.Reports.Reader;

/// <summary>The optional "page" of a cell or statement (written by FinalAccounts.Import) becomes FigureLocation.Page.</summary>
public sealed class ReportReaderPageTests
{
    private const string Doc = """
        {
          "formatVersion": 1,
          "report": {"title": "2024年度测试局决算", "year": 2024, "unitName": "测试局", "level": "部门", "unitKind": "行政单位", "currencyUnit": "万元"},
          "tables": [ {"id": "表1", "title": "收入支出决算总表", "unit": "万元", "page": 6, "cells": [
            {"row": "总计", "column": "收入 决算数", "concept": "收入总计", "basis": "决算", "value": "2,995.39", "page": CELLPAGE} ]} ],
          "statements": [ {"id": "3.1-1", "section": "一、收入支出决算总体情况说明", "sentence": "收入支出总计2995.39万元。", "page": 21,
            "figures": [ {"concept": "收入总计", "basis": "决算", "value": "2995.39", "unit": "万元"} ], "explanations": []} ]
        }
        """;

    [Fact]
    public void Pages_are_read_into_the_locations()
    {
        var report = ReportReader.Parse(Doc.Replace("CELLPAGE", "7"), "paged.json");
        Assert.Equal(7, report.Figures[0].Location.Page);
        Assert.Equal(21, report.Figures[1].Location.Page);
        Assert.EndsWith("(p. 21)", report.Figures[1].Location.ToString(), System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_that_is_not_a_page_number_is_refused()
    {
        var ex = Assert.Throws<ReportFormatException>(() => ReportReader.Parse(Doc.Replace("CELLPAGE", "0"), "paged.json"));
        Assert.Contains("$.tables[0].cells[0].page", ex.Message);
        Assert.Contains("'page' must be a page number", ex.Message);
    }

    [Fact]
    public void A_file_without_pages_has_page_0()
        => Assert.Equal(0, ReportReader.Parse(Doc.Replace(", \"page\": CELLPAGE", string.Empty), "paged.json").Figures[0].Location.Page);
}
