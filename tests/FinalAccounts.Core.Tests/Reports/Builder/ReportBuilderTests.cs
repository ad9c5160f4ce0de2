using System.Linq;
using FinalAccounts.Money;
using FinalAccounts.Reports;
using Xunit;

namespace FinalAccounts.Core.Tests.Reports.Builder;

/// <summary>
/// <see cref="ReportBuilder"/> holds the format's rules for each part (the reader and the importer both build through it):
/// 功能分类 paths canonicalised with their code, vocabulary, number grammar and limits, ids, references — each refusal
/// naming the part by its place in the report file. Expected paths and codes worked by hand from the classification table.
/// </summary>
public sealed class ReportBuilderTests
{
    private static ReportBuilder NewBuilder()
        => new(new ReportInfo("测试单位2024年度决算", 2024, "测试单位", "本级", ReportUnitKind.Administrative, CurrencyUnit.WanYuan));

    [Fact]
    public void A_printed_function_path_becomes_the_classification_names_and_its_code()
    {
        var b = NewBuilder();
        b.AddTable("表5", "一般公共预算财政拨款支出决算表", "万元");
        // As a report prints it: （款）（项） markers and the name without its trailing 支出.
        b.AddCell("其他人力资源和社会保障管理事务", "决算数", new FigureKey("支出", "决算", functionPath: "人力资源和社会保障管理事务（款）其他人力资源和社会保障管理事务（项）"), "12.30");
        var cell = Assert.Single(b.Build().Figures);
        Assert.Equal("社会保障和就业支出/人力资源和社会保障管理事务/其他人力资源和社会保障管理事务支出", cell.Key.FunctionPath);
        Assert.Equal("2080199", cell.Code);
        Assert.Equal("$.tables[0].cells[0]", cell.Location.JsonPath);
        Assert.Equal(0, cell.Location.Line);
    }

    [Fact]
    public void Parts_are_located_where_the_writer_writes_them()
    {
        var b = NewBuilder();
        b.AddStatement("1-1", "一、总体情况", null, "收入总计100万元，其中：基本支出60万元，项目支出40万元。");
        b.AddFigure(new FigureKey("收入总计", "决算"), "100", "万元");
        b.AddExplanation(new FigureKey("收入总计", "决算"), null, partial: false, "其中");
        b.AddFigurePart(new FigureKey("基本支出", "决算"), "60", "万元");
        b.AddFigurePart(new FigureKey("项目支出", "决算"), "40", "万元");
        var report = b.Build();
        Assert.Equal(new[] { "$.statements[0].figures[0]", "$.statements[0].explanations[0].parts[0]", "$.statements[0].explanations[0].parts[1]" },
            report.Figures.Select(f => f.Location.JsonPath));
        Assert.Equal("$.statements[0].explanations[0]", report.Statements[0].Explanations[0].Location.JsonPath);
        // The writer puts them there: reading its text gives the same paths.
        var back = ReportReader.Parse(ReportWriter.Write(report), "built.json");
        Assert.Equal(report.Figures.Select(f => f.Location.JsonPath), back.Figures.Select(f => f.Location.JsonPath));
    }

    [Theory]
    [InlineData("决策", "100", "万元", "$.statements[0].figures[0].basis")]      // not a basis of the format
    [InlineData("决算", "1,00", "万元", "$.statements[0].figures[0].value")]      // commas only in whole groups of three
    [InlineData("决算", "1.1234567", "万元", "$.statements[0].figures[0].value")] // 7 decimals: at most 6
    [InlineData("决算", "100", "亿元", "$.statements[0].figures[0].unit")]        // not a unit of the format
    [InlineData("决算", "2.5", "辆", "$.statements[0].figures[0].value")]         // a count is whole
    [InlineData("占比", "12.5", "万元", "$.statements[0].figures[0].unit")]       // a share is in %
    public void A_part_the_format_forbids_is_refused_naming_its_place(string basis, string value, string unit, string element)
    {
        var b = NewBuilder();
        b.AddStatement("1-1", "一、总体情况", null, "……");
        var ex = Assert.Throws<ReportBuildException>(() => b.AddFigure(new FigureKey("收入总计", basis), value, unit));
        Assert.Equal(element, ex.Element);
        Assert.StartsWith(element + ": ", ex.Message);
    }

    [Fact]
    public void An_id_used_twice_and_a_reference_to_nothing_are_refused_at_their_place()
    {
        var b = NewBuilder();
        b.AddTable("表1", "收入支出决算总表", "万元");
        Assert.Equal("$.statements[0].id", Assert.Throws<ReportBuildException>(() => b.AddStatement("表1", "一", null, "……")).Element);

        var c = NewBuilder();
        c.AddStatement("1-1", "一", null, "……");
        c.AddExplanation(new FigureKey("收入总计", "决算"), null, partial: true);
        c.AddTextPart("人员增加");
        c.AddReferencePart(new FigureKey("基本支出", "决算"), "9-9");
        var ex = Assert.Throws<ReportBuildException>(() => c.Build());
        Assert.Equal("$.statements[0].explanations[0].parts[1].ref", ex.Element);
        Assert.Contains("'9-9'", ex.Problem);
    }

    [Fact]
    public void The_reader_maps_the_builders_place_to_file_and_line()
    {
        const string json = "{\n \"formatVersion\": 1,\n \"report\": {\"title\": \"t\", \"year\": 2024, \"unitName\": \"u\", \"level\": \"本级\", \"unitKind\": \"行政单位\", \"currencyUnit\": \"万元\"},\n"
            + " \"statements\": [\n  {\"id\": \"1\", \"section\": \"一\", \"sentence\": \"s\",\n   \"figures\": [\n    {\"concept\": \"收入总计\", \"basis\": \"决策\", \"value\": \"1\", \"unit\": \"万元\"}\n   ]\n  }\n ]\n}";
        var ex = Assert.Throws<ReportFormatException>(() => ReportReader.Parse(json, "r.json"));
        Assert.Equal("$.statements[0].figures[0].basis", ex.JsonPath);
        Assert.Equal(7, ex.Line); // counted by hand: the figure's line
        Assert.StartsWith("basis '决策' is not one of", ex.Problem);
    }
}
