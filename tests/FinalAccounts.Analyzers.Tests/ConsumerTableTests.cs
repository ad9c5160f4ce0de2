using System.Threading.Tasks;
using Xunit;
using static FinalAccounts.Analyzers.Tests.Verify;

namespace FinalAccounts.Analyzers.Tests;

/// <summary>A consumer's own table (an AdditionalFile with FinalAccountsScheme / TypeName metadata) is known to the analyzer.</summary>
public sealed class ConsumerTableTests
{
    private const string Csv = "code,name,parent_code,level,source\n299,地方其他支出,,类,本市科目补充说明\n29901,地方专项支出,299,款,本市科目补充说明\n2990101,城市更新专项,29901,项,本市科目补充说明\n";

    // What the generator would emit, reduced to the members the analyzer and the fix use.
    private const string GeneratedStub = """
        namespace MyRegion
        {
            public readonly partial struct LocalFunctionCode
            {
                public static LocalFunctionCode ChengShiGengXinZhuanXiang_2990101 => default;
                public static LocalFunctionCode Parse(string code) => default;
            }
        }
        """;

    private const string Config = """
        is_global = true

        [/0/my-codes.csv]
        build_metadata.AdditionalFiles.FinalAccountsScheme = Function
        build_metadata.AdditionalFiles.TypeName = MyRegion.LocalFunctionCode
        """;

    [Fact]
    public Task Own_codes_get_FA3002_and_the_fix_and_the_built_in_type_points_to_them()
    {
        var test = new Test
        {
            TestCode = """
                using FinalAccounts.Classification;
                class C
                {
                    object[] M() => new object[]
                    {
                        {|#0:MyRegion.LocalFunctionCode.Parse("2990101")|},
                        MyRegion.LocalFunctionCode.Parse({|#1:"2990102"|}),
                        FunctionCode.Parse({|#2:"2990101"|}),
                    };
                }
                """,
            FixedCode = """
                using FinalAccounts.Classification;
                class C
                {
                    object[] M() => new object[]
                    {
                        MyRegion.LocalFunctionCode.ChengShiGengXinZhuanXiang_2990101,
                        MyRegion.LocalFunctionCode.Parse({|#1:"2990102"|}),
                        FunctionCode.Parse({|#2:"2990101"|}),
                    };
                }
                """,
        };
        foreach (var state in new[] { test.TestState, test.FixedState })
        {
            state.Sources.Add(("/0/Generated.cs", GeneratedStub));
            state.AdditionalFiles.Add(("/0/my-codes.csv", Csv));
            state.AnalyzerConfigFiles.Add(("/.globalconfig", Config));
        }
        var unknown = Diagnostic(AnalyzerDescriptors.UnknownCode, 1).WithArguments(
            "2990102", "支出功能分类", "，是否应为 2990101 城市更新专项？", "; did you mean 2990101 城市更新专项?");
        var wrongType = Diagnostic(AnalyzerDescriptors.WrongScheme, 2).WithArguments(
            "2990101", "支出功能分类", "支出功能分类", "2990101 城市更新专项", "MyRegion.LocalFunctionCode");
        test.ExpectedDiagnostics.Add(Diagnostic(AnalyzerDescriptors.KnownCode, 0).WithArguments(
            "2990101", "支出功能分类", "2990101 城市更新专项", "LocalFunctionCode", "ChengShiGengXinZhuanXiang_2990101"));
        test.ExpectedDiagnostics.Add(unknown);
        test.ExpectedDiagnostics.Add(wrongType);
        test.FixedState.ExpectedDiagnostics.Add(unknown);
        test.FixedState.ExpectedDiagnostics.Add(wrongType);
        return test.RunAsync();
    }
}
