using System.Linq;
using Microsoft.CodeAnalysis;
using Xunit;
using static FinalAccounts.Generators.Tests.TestHost;

namespace FinalAccounts.Generators.Tests;

/// <summary>
/// One defect per table: each FA diagnostic is reported with its severity at the table file and 1-based line of the
/// defect, and the sound rows still generate code that compiles.
/// </summary>
public class DiagnosticTests
{
    private const string Fn = "/tables/function.csv";
    private const string FnType = "MyRegion.LocalFunctionCode";
    private const string Header = "code,name,parent_code,level";
    private const string Class208 = "208,社会保障和就业支出,,类";
    private const string Section20801 = "20801,人力资源和社会保障管理事务,208,款";
    private const string Item2080102 = "2080102,一般行政管理事务,20801,项";
    private const string Departmental = "/tables/economic-departmental.csv";
    private const string Government = "/tables/economic-government.csv";
    private const string Mapping = "/tables/economic-mapping.csv";
    private const string Evidence = "/tables/economic-evidence.csv";

    private static Table Function(params string[] lines) => new(Fn, "Function", FnType, Csv(lines));

    /// <summary>A sound second table whose type must still be generated next to a defective one.</summary>
    private static Table Other() => new("/tables/other.csv", "Function", "MyRegion.OtherCode", Csv(Header, "201,一般公共服务支出,,类"));

    private static Table DepartmentalTable() => new(Departmental, "Economic", "MyRegion.EconomicCode", Csv(Header, "301,工资福利支出,,类", "30101,基本工资,301,款", "30102,津贴补贴,301,款"));

    private static Table GovernmentTable() => new(Government, "GovernmentEconomic", "MyRegion.GovernmentEconomicCode", Csv(Header, "501,机关工资福利支出,,类", "50101,工资奖金津补贴,501,款"));

    private static void AssertOtherStillGenerated(GeneratorRun run)
    {
        Assert.Contains("YiBanGongGongFuWuZhiChu_201", run.Members("MyRegion.OtherCode"));
        run.AssertCompilesCleanly();
    }

    private static void AssertFunctionRowsKept(GeneratorRun run, params string[] members)
    {
        var actual = run.Members(FnType);
        foreach (var m in members) Assert.Contains(m, actual);
        run.AssertCompilesCleanly();
    }

    private static void AssertNoMemberFor(GeneratorRun run, string code)
        => Assert.DoesNotContain(run.Members(FnType), m => m.EndsWith("_" + code, System.StringComparison.Ordinal));

    [Fact]
    public void FA0001_header_without_a_required_column()
    {
        var run = Run(Function("code,name,level", "208,社会保障和就业支出,类"), Other());

        var d = run.AssertSingle("FA0001", DiagnosticSeverity.Error, Fn, 1);
        Assert.Contains("parent_code", d.GetMessage());
        AssertOtherStillGenerated(run);
    }

    [Fact]
    public void FA0001_header_after_blank_lines_is_reported_at_its_own_line()
    {
        var run = Run(Function("", "  ", "code,nom,parent_code,level", Class208), Other());

        run.AssertSingle("FA0001", DiagnosticSeverity.Error, Fn, 3);
        AssertOtherStillGenerated(run);
    }

    [Theory]
    [InlineData("208011,行政运行,20801,项")]
    [InlineData("2080A01,行政运行,20801,项")]
    [InlineData("20801,人力资源和社会保障管理事务,208,项")]
    public void FA0002_code_without_the_digit_count_of_its_level(string row)
    {
        var run = Run(Function(Header, Class208, Section20801, row, Item2080102));

        run.AssertSingle("FA0002", DiagnosticSeverity.Error, Fn, 4);
        AssertFunctionRowsKept(run, "SheHuiBaoZhangHeJiuYeZhiChu_208", "YiBanXingZhengGuanLiShiWu_2080102");
    }

    [Fact]
    public void FA0003_parent_missing()
    {
        var run = Run(Function(Header, Class208, "20802,民政管理事务,208,款", "2080101,行政运行,20801,项"));

        run.AssertSingle("FA0003", DiagnosticSeverity.Error, Fn, 4);
        AssertFunctionRowsKept(run, "SheHuiBaoZhangHeJiuYeZhiChu_208", "MinZhengGuanLiShiWu_20802");
        AssertNoMemberFor(run, "2080101");
    }

    [Fact]
    public void FA0003_missing_class_drops_its_section_and_item_each_at_its_line()
    {
        var run = Run(Function(Header, "201,一般公共服务支出,,类", Section20801, "2080101,行政运行,20801,项"));

        var found = run.Diagnostics.Where(d => d.Id == "FA0003").OrderBy(d => d.Location.GetLineSpan().StartLinePosition.Line).ToList();
        Assert.Equal(2, found.Count);
        GeneratorRun.AssertAt(found[0], DiagnosticSeverity.Error, Fn, 3);
        GeneratorRun.AssertAt(found[1], DiagnosticSeverity.Error, Fn, 4);
        AssertFunctionRowsKept(run, "YiBanGongGongFuWuZhiChu_201");
        AssertNoMemberFor(run, "20801");
    }

    [Fact]
    public void Parent_in_another_file_of_the_same_type_is_not_missing()
    {
        var run = Run(
            new Table("/tables/a.csv", "Function", FnType, Csv(Header, Class208)),
            new Table("/tables/b.csv", "Function", FnType, Csv(Header, Section20801)));

        Assert.Empty(run.Diagnostics);
        AssertFunctionRowsKept(run, "SheHuiBaoZhangHeJiuYeZhiChu_208", "RenLiZiYuanHeSheHuiBaoZhangGuanLiShiWu_20801");
    }

    [Theory]
    [InlineData("2080101,行政运行,208,项")]
    [InlineData("2080101,行政运行,20802,项")]
    [InlineData("209,其他支出,208,类")]
    public void FA0004_parent_not_the_code_prefix(string row)
    {
        var run = Run(Function(Header, Class208, Section20801, row, Item2080102));

        run.AssertSingle("FA0004", DiagnosticSeverity.Error, Fn, 4);
        AssertFunctionRowsKept(run, "RenLiZiYuanHeSheHuiBaoZhangGuanLiShiWu_20801", "YiBanXingZhengGuanLiShiWu_2080102");
    }

    [Fact]
    public void FA0005_duplicate_code_within_a_file()
    {
        var run = Run(Function(Header, Class208, Section20801, "20801,另一个名称,208,款", Item2080102));

        var d = run.AssertSingle("FA0005", DiagnosticSeverity.Error, Fn, 4);
        Assert.Contains("function.csv(3)", d.GetMessage());
        AssertFunctionRowsKept(run, "RenLiZiYuanHeSheHuiBaoZhangGuanLiShiWu_20801", "YiBanXingZhengGuanLiShiWu_2080102");
        Assert.DoesNotContain(run.Members(FnType), m => m.StartsWith("LingYiGe", System.StringComparison.Ordinal));
    }

    [Fact]
    public void FA0005_duplicate_code_across_two_files_sharing_a_type_name()
    {
        var run = Run(
            new Table("/tables/a.csv", "Function", FnType, Csv(Header, Class208, Section20801)),
            new Table("/tables/b.csv", "Function", FnType, Csv(Header, "20801,重复的款,208,款", Item2080102)));

        var d = run.AssertSingle("FA0005", DiagnosticSeverity.Error, "/tables/b.csv", 2);
        Assert.Contains("a.csv(3)", d.GetMessage());
        AssertFunctionRowsKept(run, "RenLiZiYuanHeSheHuiBaoZhangGuanLiShiWu_20801", "YiBanXingZhengGuanLiShiWu_2080102");
    }

    [Theory]
    [InlineData("20802,,208,款")]
    [InlineData("20802,   ,208,款")]
    [InlineData("20802,\"\",208,款")]
    public void FA0006_empty_name(string row)
    {
        var run = Run(Function(Header, Class208, row, Section20801));

        run.AssertSingle("FA0006", DiagnosticSeverity.Error, Fn, 3);
        AssertFunctionRowsKept(run, "SheHuiBaoZhangHeJiuYeZhiChu_208", "RenLiZiYuanHeSheHuiBaoZhangGuanLiShiWu_20801");
        AssertNoMemberFor(run, "20802");
    }

    [Fact]
    public void FA0007_unknown_scheme_metadata()
    {
        var run = Run(new Table(Fn, "Functional", FnType, Csv(Header, Class208)), Other());

        var d = run.AssertSingle("FA0007", DiagnosticSeverity.Error, Fn, 1);
        Assert.Contains("Functional", d.GetMessage());
        AssertOtherStillGenerated(run);
    }

    [Fact]
    public void FA0007_unknown_scheme_in_an_evidence_row()
    {
        var evidence = new Table(Evidence, "Evidence", null, Csv("scheme,code,status,source", "departmental,30101,V25,https://example.org/a", "budget,30102,V25,"));
        var run = Run(DepartmentalTable(), evidence);

        run.AssertSingle("FA0007", DiagnosticSeverity.Error, Evidence, 3);
        Assert.Contains("JinTieBuTie_30102", run.Members("MyRegion.EconomicCode"));
        run.AssertCompilesCleanly();
    }

    [Fact]
    public void FA0008_one_type_name_for_two_schemes()
    {
        var run = Run(
            new Table("/tables/a.csv", "Function", "MyRegion.SharedCode", Csv(Header, Class208)),
            new Table("/tables/b.csv", "Economic", "MyRegion.SharedCode", Csv(Header, "301,工资福利支出,,类")));

        run.AssertSingle("FA0008", DiagnosticSeverity.Error, "/tables/b.csv", 1);
        var members = run.Members("MyRegion.SharedCode");
        Assert.Contains("SheHuiBaoZhangHeJiuYeZhiChu_208", members);
        Assert.DoesNotContain("GongZiFuLiZhiChu_301", members);
        run.AssertCompilesCleanly();
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("1LocalCode")]
    [InlineData("My Region.LocalCode")]
    [InlineData("MyRegion.class")]
    [InlineData("MyRegion..LocalCode")]
    [InlineData("MyRegion.Local-Code")]
    public void FA0009_missing_or_invalid_type_name(string? typeName)
    {
        var run = Run(new Table(Fn, "Function", typeName, Csv(Header, Class208)), Other());

        run.AssertSingle("FA0009", DiagnosticSeverity.Error, Fn, 1);
        AssertOtherStillGenerated(run);
    }

    [Theory]
    [InlineData("20801,人力资源和社会保障管理事务,208,目")]
    [InlineData("20801,人力资源和社会保障管理事务,208,级")]
    [InlineData("20801,人力资源和社会保障管理事务,208,")]
    [InlineData("20801,人力资源和社会保障管理事务,208,Section")]
    public void FA0010_unknown_level(string row)
    {
        var run = Run(Function(Header, Class208, row, "20802,民政管理事务,208,款"));

        run.AssertSingle("FA0010", DiagnosticSeverity.Error, Fn, 3);
        AssertFunctionRowsKept(run, "SheHuiBaoZhangHeJiuYeZhiChu_208", "MinZhengGuanLiShiWu_20802");
    }

    [Fact]
    public void FA0010_level_beyond_the_scheme()
    {
        var run = Run(new Table(Departmental, "Economic", "MyRegion.EconomicCode", Csv(Header, "301,工资福利支出,,类", "3010101,基本工资明细,30101,项", "30101,基本工资,301,款")));

        run.AssertSingle("FA0010", DiagnosticSeverity.Error, Departmental, 3);
        Assert.Contains("JiBenGongZi_30101", run.Members("MyRegion.EconomicCode"));
        run.AssertCompilesCleanly();
    }

    [Fact]
    public void FA0011_malformed_rows_unterminated_quote_wrong_column_count_text_after_quote()
    {
        var run = Run(Function(
            Header,
            Class208,
            Section20801,
            "\"2080101,行政运行,20801,项",
            "2080103,机关服务,20801",
            "\"2080104\"x,机关服务,20801,项",
            Item2080102));

        var found = run.Diagnostics.Where(d => d.Id == "FA0011").OrderBy(d => d.Location.GetLineSpan().StartLinePosition.Line).ToList();
        Assert.Equal(3, found.Count);
        Assert.Equal(3, run.Diagnostics.Length);
        GeneratorRun.AssertAt(found[0], DiagnosticSeverity.Error, Fn, 4);
        GeneratorRun.AssertAt(found[1], DiagnosticSeverity.Error, Fn, 5);
        GeneratorRun.AssertAt(found[2], DiagnosticSeverity.Error, Fn, 6);
        AssertFunctionRowsKept(run, "RenLiZiYuanHeSheHuiBaoZhangGuanLiShiWu_20801", "YiBanXingZhengGuanLiShiWu_2080102");
    }

    [Fact]
    public void FA0011_malformed_header()
    {
        var run = Run(Function("code,\"name,parent_code,level", Class208), Other());

        run.AssertSingle("FA0011", DiagnosticSeverity.Error, Fn, 1);
        AssertOtherStillGenerated(run);
    }

    [Fact]
    public void FA0012_mapping_row_naming_an_absent_code()
    {
        var mapping = new Table(Mapping, "EconomicMapping", null, Csv(
            "departmental_code,government_code,unit_kind",
            "30101,50101,机关",
            "30199,50101,机关",
            "30102,50199,事业单位"));
        var run = Run(DepartmentalTable(), GovernmentTable(), mapping);

        var found = run.Diagnostics.OrderBy(d => d.Location.GetLineSpan().StartLinePosition.Line).ToList();
        Assert.Equal(new[] { "FA0012", "FA0012" }, found.Select(d => d.Id));
        GeneratorRun.AssertAt(found[0], DiagnosticSeverity.Warning, Mapping, 3);
        Assert.Contains("30199", found[0].GetMessage());
        GeneratorRun.AssertAt(found[1], DiagnosticSeverity.Warning, Mapping, 4);
        Assert.Contains("50199", found[1].GetMessage());
        Assert.Contains("TryToGovernment", run.Members("MyRegion.EconomicCode"));
        run.AssertCompilesCleanly();
    }

    [Fact]
    public void FA0012_evidence_row_naming_an_absent_code()
    {
        var evidence = new Table(Evidence, "Evidence", null, Csv("scheme,code,status", "departmental,30101,V25", "departmental,39999,V25", "government,50101,VOLD"));
        var run = Run(DepartmentalTable(), GovernmentTable(), evidence);

        var d = run.AssertSingle("FA0012", DiagnosticSeverity.Warning, Evidence, 3);
        Assert.Contains("39999", d.GetMessage());
        Assert.Single(run.Diagnostics);
        Assert.Contains("JiBenGongZi_30101", run.Members("MyRegion.EconomicCode"));
        run.AssertCompilesCleanly();
    }

    [Fact]
    public void FA0013_unknown_unit_kind()
    {
        var mapping = new Table(Mapping, "EconomicMapping", null, Csv(
            "departmental_code,government_code,unit_kind",
            "30101,50101,机关",
            "30102,50101,参公"));
        var run = Run(DepartmentalTable(), GovernmentTable(), mapping);

        var d = run.AssertSingle("FA0013", DiagnosticSeverity.Error, Mapping, 3);
        Assert.Contains("参公", d.GetMessage());
        Assert.Single(run.Diagnostics);
        Assert.Contains("TryToGovernment", run.Members("MyRegion.EconomicCode"));
        run.AssertCompilesCleanly();
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n\n")]
    [InlineData("  \r\n\t\r\n")]
    [InlineData("\uFEFF")]
    public void FA0014_empty_table(string text)
    {
        var run = Run(new Table(Fn, "Function", FnType, text), Other());

        run.AssertSingle("FA0014", DiagnosticSeverity.Warning, Fn, 1);
        Assert.Single(run.Diagnostics);
        AssertOtherStillGenerated(run);
    }

    [Fact]
    public void FA0015_mapping_without_a_government_table()
    {
        var mapping = new Table(Mapping, "EconomicMapping", null, Csv("departmental_code,government_code,unit_kind", "30101,50101,机关"));
        var run = Run(DepartmentalTable(), mapping);

        var d = run.AssertSingle("FA0015", DiagnosticSeverity.Error, Mapping, 1);
        Assert.Contains("政府预算支出经济分类", d.GetMessage());
        var members = run.Members("MyRegion.EconomicCode");
        Assert.Contains("JiBenGongZi_30101", members);
        Assert.DoesNotContain("TryToGovernment", members);
        run.AssertCompilesCleanly();
    }

    [Fact]
    public void FA0015_mapping_with_two_candidate_departmental_types()
    {
        var second = new Table("/tables/economic-departmental-2.csv", "Economic", "MyRegion.OtherEconomicCode", Csv(Header, "302,商品和服务支出,,类"));
        var mapping = new Table(Mapping, "EconomicMapping", null, Csv("departmental_code,government_code,unit_kind", "30101,50101,机关"));
        var run = Run(DepartmentalTable(), second, GovernmentTable(), mapping);

        var d = run.AssertSingle("FA0015", DiagnosticSeverity.Error, Mapping, 1);
        Assert.Contains("2", d.GetMessage());
        Assert.Contains("ShangPinHeFuWuZhiChu_302", run.Members("MyRegion.OtherEconomicCode"));
        run.AssertCompilesCleanly();
    }
}
