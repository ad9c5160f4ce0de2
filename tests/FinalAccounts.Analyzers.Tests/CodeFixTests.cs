using System.Threading.Tasks;
using Xunit;
using static FinalAccounts.Analyzers.Tests.Verify;

namespace FinalAccounts.Analyzers.Tests;

/// <summary>FA3002 and its code fix: Parse of a known constant becomes the generated member, written as the call was.</summary>
public sealed class CodeFixTests
{
    [Fact]
    public Task Parse_of_a_verified_code_becomes_the_member()
    {
        // 2010505 专项统计业务 is verified (function.csv cites a source), so FA3004 stays silent.
        var source = """
            using FinalAccounts.Classification;
            class C { FunctionCode M() => {|#0:FunctionCode.Parse("2010505")|}; }
            """;
        var fixedSource = """
            using FinalAccounts.Classification;
            class C { FunctionCode M() => FunctionCode.ZhuanXiangTongJiYeWu_2010505; }
            """;
        return CodeFixAsync(source, fixedSource,
            Diagnostic(AnalyzerDescriptors.KnownCode).WithArguments("2010505", "支出功能分类", "2010505 专项统计业务", "FunctionCode", "ZhuanXiangTongJiYeWu_2010505"));
    }

    [Fact]
    public Task A_qualified_receiver_and_trivia_are_kept()
    {
        var source = """
            class C
            {
                object M() => /* a */ {|#0:global::FinalAccounts.Classification.EconomicCode.Parse("30101")|} /* b */;
            }
            """;
        var fixedSource = """
            class C
            {
                object M() => /* a */ global::FinalAccounts.Classification.EconomicCode.JiBenGongZi_30101 /* b */;
            }
            """;
        return CodeFixAsync(source, fixedSource,
            Diagnostic(AnalyzerDescriptors.KnownCode).WithArguments("30101", "部门预算支出经济分类", "30101 基本工资", "EconomicCode", "JiBenGongZi_30101"));
    }

    [Fact]
    public Task Under_using_static_the_bare_member_is_written()
    {
        var source = """
            using static FinalAccounts.Classification.RevenueCode;
            class C { object M() => {|#0:Parse("101")|}; }
            """;
        var fixedSource = """
            using static FinalAccounts.Classification.RevenueCode;
            class C { object M() => ShuiShouShouRu_101; }
            """;
        return CodeFixAsync(source, fixedSource,
            Diagnostic(AnalyzerDescriptors.KnownCode).WithArguments("101", "收入分类", "101 税收收入", "RevenueCode", "ShuiShouShouRu_101"));
    }

    [Fact]
    public Task Fix_all_rewrites_every_call_in_the_document()
    {
        var source = """
            using FinalAccounts.Classification;
            class C
            {
                object[] M() => new object[] { {|#0:FunctionCode.Parse("2010505")|}, {|#1:EconomicCode.Parse("30101")|} };
            }
            """;
        var fixedSource = """
            using FinalAccounts.Classification;
            class C
            {
                object[] M() => new object[] { FunctionCode.ZhuanXiangTongJiYeWu_2010505, EconomicCode.JiBenGongZi_30101 };
            }
            """;
        return CodeFixAsync(source, fixedSource,
            Diagnostic(AnalyzerDescriptors.KnownCode, 0).WithArguments("2010505", "支出功能分类", "2010505 专项统计业务", "FunctionCode", "ZhuanXiangTongJiYeWu_2010505"),
            Diagnostic(AnalyzerDescriptors.KnownCode, 1).WithArguments("30101", "部门预算支出经济分类", "30101 基本工资", "EconomicCode", "JiBenGongZi_30101"));
    }
}
