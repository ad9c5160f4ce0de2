using System;
using System.IO;
using FinalAccounts.Reports;
using Xunit;

namespace FinalAccounts.Core.Tests.Reports.Reader;

/// <summary>
/// Files the reader must refuse: each error names the file, the JSON path and the 1-based line of the offending value,
/// and says what was expected. Line numbers are counted by hand on the documents below.
/// </summary>
public sealed class ReportReaderErrorTests
{
    private const string File = "bad-report.json";

    private const string GoodReport = """{"title": "2024年度测试局决算公开报告", "year": 2024, "unitName": "测试局", "level": "单位", "unitKind": "行政单位", "currencyUnit": "万元"}""";

    private const string GoodFigure = """{"concept": "收入总计", "basis": "决算", "value": "2936.74", "unit": "万元"}""";

    // Line 1 "{", 2 formatVersion, 3 report, 4 "statements": [, 5 the statement's id, 6 "figures": [, 7 the figure,
    // 8 "],", 9 explanations, 10 "]", 11 "}".
    private const string Template = """
        {
          "formatVersion": 1,
          "report": REPORT,
          "statements": [
            {"id": "2.1-1", "section": "一、收入支出决算总体情况说明", "sentence": "收入决算总计2936.74万元。",
             "figures": [
               FIGURE
             ],
             "explanations": [EXPLANATIONS]}
          ]
        }
        """;

    private static string Doc(string? report = null, string? figure = null, string explanations = "")
        => Template.Replace("REPORT", report ?? GoodReport).Replace("FIGURE", figure ?? GoodFigure).Replace("EXPLANATIONS", explanations);

    // Line 1 "{", 2 formatVersion, 3 report, 4 "tables": [, 5 the table's id/title/unit, 6 "cells": [, 7 the cell,
    // 8 "]}", 9 "],", 10 statements, 11 "}".
    private const string TableTemplate = """
        {
          "formatVersion": 1,
          "report": REPORT,
          "tables": [
            {"id": "财决01", "title": "收入支出决算总表", "unit": "UNIT",
             "cells": [
               CELL
             ]}
          ],
          "statements": []
        }
        """;

    private static string TableDoc(string unit = "万元", string cell = """{"row": "收入总计", "column": "决算数", "concept": "收入总计", "basis": "决算", "value": "2,936.74"}""")
        => TableTemplate.Replace("REPORT", GoodReport).Replace("UNIT", unit).Replace("CELL", cell);

    private static ReportFormatException Refused(string json, string jsonPath, int line, params string[] expectedWords)
    {
        var ex = Assert.Throws<ReportFormatException>(() => ReportReader.Parse(json, File));
        Assert.Equal(File, ex.File);
        Assert.Equal(jsonPath, ex.JsonPath);
        Assert.Equal(line, ex.Line);
        foreach (var word in expectedWords) Assert.Contains(word, ex.Problem, StringComparison.Ordinal);
        Assert.StartsWith(File + (line > 0 ? "(" + line + ")" : string.Empty) + ": " + jsonPath + ": ", ex.Message, StringComparison.Ordinal);
        return ex;
    }

    [Fact]
    public void The_templates_themselves_are_good_reports()
    {
        var report = ReportReader.Parse(Doc(), File);
        var figure = Assert.Single(report.Figures);
        Assert.Equal("2936.74", figure.Value);
        Assert.Equal(7, figure.Location.Line);
        Assert.Equal("$.statements[0].figures[0]", figure.Location.JsonPath);

        var table = ReportReader.Parse(TableDoc(), File);
        var cell = Assert.Single(table.Figures);
        Assert.Equal("2,936.74", cell.Value);
        Assert.Equal("万元", cell.Unit);
        Assert.Equal(7, cell.Location.Line);
        Assert.Equal("收入总计", cell.Location.Row);
    }

    [Fact]
    public void Empty_file() => Refused(string.Empty, "$", 0, "empty", "JSON object");

    [Fact]
    public void Whitespace_only() => Refused("  \r\n\t \n", "$", 0, "empty", "JSON object");

    [Fact]
    public void Invalid_json_names_the_line()
    {
        // The comma after "formatVersion": 1 is missing; the parser stops at "report" on line 3.
        var ex = Refused("{\n  \"formatVersion\": 1\n  \"report\": {}\n}\n", "$", 3, "not valid JSON");
        Assert.IsAssignableFrom<System.Text.Json.JsonException>(ex.InnerException);
    }

    [Fact]
    public void Root_not_an_object() => Refused("[\n  1, 2\n]", "$", 1, "expected a JSON object", "an array");

    [Fact]
    public void Missing_format_version()
        => Refused(Doc().Replace("  \"formatVersion\": 1,\n", "  \n"), "$", 1, "missing required field 'formatVersion'");

    [Fact]
    public void Format_version_2() => Refused(Doc().Replace("\"formatVersion\": 1", "\"formatVersion\": 2"), "$.formatVersion", 2, "formatVersion 2", "expected 1");

    [Fact]
    public void Missing_report()
        => Refused(Doc().Replace("\"report\": " + GoodReport + ",", "\"reportInfo\": {},"), "$", 1, "missing required field 'report'");

    [Fact]
    public void Bad_currency_unit() => Refused(Doc(report: GoodReport.Replace("\"万元\"", "\"美元\"")), "$.report.currencyUnit", 3, "美元", "万元 or 元");

    [Fact]
    public void Bad_year() => Refused(Doc(report: GoodReport.Replace("\"year\": 2024", "\"year\": 24")), "$.report.year", 3, "year 24", "between 1990 and 2100");

    [Fact]
    public void Year_as_text() => Refused(Doc(report: GoodReport.Replace("\"year\": 2024", "\"year\": \"2024\"")), "$.report.year", 3, "must be a number", "found a string");

    [Fact]
    public void Statements_not_an_array()
        => Refused("{\n  \"formatVersion\": 1,\n  \"report\": " + GoodReport + ",\n  \"statements\": {}\n}", "$.statements", 4, "must be an array", "found an object");

    [Fact]
    public void Duplicate_statement_id()
    {
        // Line 1 "{", 2 formatVersion, 3 report, 4 "statements": [, 5 the first statement, 6 the second.
        var json = "{\n  \"formatVersion\": 1,\n  \"report\": " + GoodReport + ",\n  \"statements\": [\n"
            + "    {\"id\": \"2.1-1\", \"section\": \"一\", \"sentence\": \"甲\", \"figures\": []},\n"
            + "    {\"id\": \"2.1-1\", \"section\": \"一\", \"sentence\": \"乙\", \"figures\": []}\n  ]\n}";
        Refused(json, "$.statements[1].id", 6, "'2.1-1'", "used twice");
    }

    [Theory]
    [InlineData("76.27%")]
    [InlineData("12a.5")]
    [InlineData("二千")]
    [InlineData("1 234.50")]
    public void Figure_value_that_is_not_a_printed_number(string value)
        => Refused(Doc(figure: GoodFigure.Replace("2936.74", value)), "$.statements[0].figures[0].value", 7, "'" + value + "'", "not a number as printed");

    [Fact]
    public void Unknown_basis() => Refused(Doc(figure: GoodFigure.Replace("\"决算\"", "\"实际\"")), "$.statements[0].figures[0].basis", 7, "'实际'", "is not one of", "决算");

    [Fact]
    public void Unknown_unit() => Refused(Doc(figure: GoodFigure.Replace("\"万元\"", "\"千元\"")), "$.statements[0].figures[0].unit", 7, "'千元'", "is not one of", "万元");

    [Fact]
    public void Percent_basis_in_wan_yuan()
        => Refused(Doc(figure: """{"concept": "收入总计", "basis": "较年初预算增减率", "value": "-23.87", "unit": "万元"}"""),
            "$.statements[0].figures[0].unit", 7, "较年初预算增减率", "must be stated in %", "'万元'");

    [Fact]
    public void Money_basis_in_percent()
        => Refused(Doc(figure: GoodFigure.Replace("\"万元\"", "\"%\"")), "$.statements[0].figures[0].unit", 7, "决算", "is not a percentage");

    [Fact]
    public void Of_on_a_figure_that_is_not_a_share()
        => Refused(Doc(figure: """{"concept": "基本支出", "basis": "决算", "value": "1122.17", "unit": "万元", "of": {"concept": "本年支出合计", "basis": "决算"}}"""),
            "$.statements[0].figures[0].of", 7, "'of'", "占比");

    [Fact]
    public void Unknown_function_path()
        => Refused(Doc(figure: """{"concept": "一般公共预算财政拨款支出", "basis": "决算", "value": "815.07", "unit": "万元", "functionPath": "社会保障和就业支出/不存在的款/行政运行"}"""),
            "$.statements[0].figures[0].functionPath", 7, "社会保障和就业支出/不存在的款/行政运行", "支出功能分类");

    [Fact]
    public void Unknown_code()
        => Refused(Doc(figure: """{"concept": "办公费", "basis": "决算", "value": "14.77", "unit": "万元", "code": "12345"}"""),
            "$.statements[0].figures[0].code", 7, "'12345'", "not a known");

    [Fact]
    public void Function_line_with_a_code_that_is_not_a_function_code()
        => Refused(Doc(figure: """{"concept": "一般公共预算财政拨款支出", "basis": "决算", "value": "815.07", "unit": "万元", "functionPath": "社会保障和就业支出/人力资源和社会保障管理事务/行政运行", "code": "30201"}"""),
            "$.statements[0].figures[0].code", 7, "'30201'", "支出功能分类");

    [Fact]
    public void Reference_to_a_missing_statement()
        => Refused(Doc(explanations: """{"explains": {"concept": "收入总计", "basis": "决算"}, "partial": false, "parts": [{"ref": "2.9-9", "concept": "本年收入合计", "basis": "决算"}]}"""),
            "$.statements[0].explanations[0].parts[0].ref", 9, "'2.9-9'", "names no statement");

    [Fact]
    public void Explanation_part_with_nothing_in_it()
        => Refused(Doc(explanations: """{"explains": {"concept": "收入总计", "basis": "决算"}, "partial": false, "parts": [{}]}"""),
            "$.statements[0].explanations[0].parts[0]", 9, "a part needs a value, a concept with ref, or text");

    [Fact]
    public void Explanation_without_partial()
        => Refused(Doc(explanations: """{"explains": {"concept": "收入总计", "basis": "决算"}, "parts": [{"text": "原因"}]}"""),
            "$.statements[0].explanations[0]", 9, "missing required field 'partial'");

    [Fact]
    public void Table_with_a_bad_unit() => Refused(TableDoc(unit: "千元"), "$.tables[0].unit", 5, "万元 or 元", "'千元'");

    [Fact]
    public void Cell_missing_its_row()
        => Refused(TableDoc(cell: """{"column": "决算数", "concept": "收入总计", "basis": "决算", "value": "2936.74"}"""),
            "$.tables[0].cells[0]", 7, "missing required field 'row'");

    [Fact]
    public void Cell_missing_its_column()
        => Refused(TableDoc(cell: """{"row": "收入总计", "concept": "收入总计", "basis": "决算", "value": "2936.74"}"""),
            "$.tables[0].cells[0]", 7, "missing required field 'column'");

    [Fact]
    public void A_file_that_does_not_exist()
    {
        var path = Path.Combine(Path.GetTempPath(), "finacct-" + Guid.NewGuid().ToString("N"), "missing.json");
        var ex = Assert.Throws<ReportFormatException>(() => ReportReader.ReadFile(path));
        Assert.Equal(path, ex.File);
        Assert.Equal("$", ex.JsonPath);
        Assert.Equal(0, ex.Line);
        Assert.Contains("cannot be read", ex.Problem, StringComparison.Ordinal);
        Assert.StartsWith(path + ": $: ", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_with_a_byte_order_mark_reads()
    {
        var path = Path.Combine(Path.GetTempPath(), "finacct-bom-" + Guid.NewGuid().ToString("N") + ".json");
        try
        {
            System.IO.File.WriteAllText(path, Doc(), new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
            var report = ReportReader.ReadFile(path);
            Assert.Equal(7, Assert.Single(report.Figures).Location.Line);
        }
        finally
        {
            System.IO.File.Delete(path);
        }
    }
}
