using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using static FinalAccounts.Analyzers.Tests.Verify;

namespace FinalAccounts.Analyzers.Tests;

/// <summary>FA3001, FA3003 and FA3004 on the built-in types; expected messages worked out from the seed tables by hand.</summary>
public sealed class AnalyzerTests
{
    private const string Usings = "using FinalAccounts.Classification;\n";

    [Fact]
    public Task An_unknown_function_code_is_an_error_naming_the_closest_codes()
    {
        // 2080197 is one edit from 2080199 (last digit) and from 2080107 (sixth digit); 2080199 shares the longer
        // prefix (208019), so it comes first. No other 7-digit function code is one edit away.
        var source = Usings + """
            class C { void M() { var c = FunctionCode.Parse({|#0:"2080197"|}); } }
            """;
        return AnalyzerAsync(source, Diagnostic(AnalyzerDescriptors.UnknownCode).WithArguments(
            "2080197", "支出功能分类",
            "，是否应为 2080199 其他人力资源和社会保障管理事务支出、2080107 社会保险业务管理事务？",
            "; did you mean 2080199 其他人力资源和社会保障管理事务支出 or 2080107 社会保险业务管理事务?"));
    }

    [Fact]
    public Task TryParse_of_an_unknown_constant_is_the_same_error()
    {
        var source = Usings + """
            class C { bool M() => EconomicCode.TryParse({|#0:"30199x"|}, out _); }
            """;
        // "30199x" is not digits, so names are compared: every name is more than 3 edits from it — no suggestion.
        return AnalyzerAsync(source, Diagnostic(AnalyzerDescriptors.UnknownCode).WithArguments("30199x", "部门预算支出经济分类", string.Empty, string.Empty));
    }

    [Fact]
    public Task A_name_instead_of_a_code_suggests_by_name()
    {
        var source = Usings + """
            class C { void M() { EconomicCode.Parse({|#0:"基本工具"|}); } }
            """;
        return AnalyzerAsync(source, Diagnostic(AnalyzerDescriptors.UnknownCode).WithArguments(
            "基本工具", "部门预算支出经济分类", "，是否应为 30101 基本工资？", "; did you mean 30101 基本工资?"));
    }

    [Fact]
    public Task An_economic_code_given_to_FunctionCode_names_its_scheme()
    {
        var source = Usings + """
            class C { void M() { FunctionCode.Parse({|#0:"30101"|}); } }
            """;
        return AnalyzerAsync(source, Diagnostic(AnalyzerDescriptors.WrongScheme).WithArguments(
            "30101", "支出功能分类", "部门预算支出经济分类", "30101 基本工资", "FinalAccounts.Classification.EconomicCode"));
    }

    [Fact]
    public Task A_government_code_given_to_EconomicCode_names_its_scheme()
    {
        var source = Usings + """
            class C { void M() { EconomicCode.TryParse({|#0:"50101"|}, out var c); } }
            """;
        return AnalyzerAsync(source, Diagnostic(AnalyzerDescriptors.WrongScheme).WithArguments(
            "50101", "部门预算支出经济分类", "政府预算支出经济分类", "50101 工资奖金津补贴", "FinalAccounts.Classification.GovernmentEconomicCode"));
    }

    [Fact]
    public Task Marked_parameters_are_checked_like_Parse()
    {
        var source = Usings + """
            class C
            {
                static void Function([FunctionCodeString] string code) { }
                static void Any([ClassificationCodeString(typeof(EconomicCode))] string code) { }
                static void Plain(string code) { }
                void M()
                {
                    Function({|#0:"30101"|});
                    Any({|#1:"9"|});
                    Function("2010505");
                    Plain("nonsense");
                }
            }
            """;
        return AnalyzerAsync(source,
            Diagnostic(AnalyzerDescriptors.WrongScheme, 0).WithArguments("30101", "支出功能分类", "部门预算支出经济分类", "30101 基本工资", "FinalAccounts.Classification.EconomicCode"),
            // "9" is not a code; the nearest would be 1 edit (none: economic codes have 3 or 5 digits, "9" needs at least 2).
            Diagnostic(AnalyzerDescriptors.UnknownCode, 1).WithArguments("9", "部门预算支出经济分类", string.Empty, string.Empty));
    }

    [Fact]
    public Task Non_constant_arguments_and_other_methods_are_not_analysed()
    {
        var source = Usings + """
            class C
            {
                void M(string s)
                {
                    FunctionCode.Parse(s);
                    FunctionCode.TryParse(s.AsSpan(), out _);
                    FunctionCode.TryFindByNamePath("不存在", out _);
                    int.Parse("12x".Length.ToString());
                }
            }
            """;
        return AnalyzerAsync(source.Replace("using FinalAccounts.Classification;", "using System;\nusing FinalAccounts.Classification;"));
    }

    [Fact]
    public Task An_unverified_code_is_a_hidden_diagnostic_beside_FA3002()
    {
        // 2080101 行政运行 comes from function-supplement-unverified.csv.
        var source = Usings + """
            class C { object M() => {|#0:FunctionCode.Parse("2080101")|}; }
            """;
        var fixedSource = Usings + """
            class C { object M() => FunctionCode.XingZhengYunXing_2080101; }
            """;
        var test = new Test { TestCode = source, FixedCode = fixedSource };
        test.ExpectedDiagnostics.Add(Diagnostic(AnalyzerDescriptors.KnownCode, 0).WithArguments("2080101", "支出功能分类", "2080101 行政运行", "FunctionCode", "XingZhengYunXing_2080101"));
        // The literal: line 2, columns 44–53. After the fix no literal is left, so the fixed state expects nothing.
        test.ExpectedDiagnostics.Add(new DiagnosticResult(AnalyzerDescriptors.UnverifiedCode).WithSpan(2, 44, 2, 53).WithArguments("2080101", "行政运行", "支出功能分类"));
        test.FixedState.InheritanceMode = StateInheritanceMode.Explicit;
        return test.RunAsync();
    }

    [Fact]
    public Task A_verified_known_code_in_TryParse_says_nothing()
    {
        var source = Usings + """
            class C { bool M() => FunctionCode.TryParse("2010505", out _) && RevenueCode.TryParse("101", out _); }
            """;
        return AnalyzerAsync(source);
    }
}
