using System;
using System.IO;
using Xunit;

namespace FinalAccounts.Package.Tests;

/// <summary>
/// A separate project that references the packed FinalAccounts.Core from a local folder feed — not the project — and
/// uses a built-in code, its own CSV through AdditionalFiles (with no CompilerVisibleItemMetadata of its own: the
/// package's props must supply them), and the report checks on the seed report.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class ConsumerTests
{
    private const string Csv = "code,name,parent_code,level,source\n299,地方其他支出,,类,本市科目补充说明\n29901,地方专项支出,299,款,本市科目补充说明\n2990101,城市更新专项,29901,项,本市科目补充说明\n";

    private const string Program = """
        using System;
        using System.Linq;
        using FinalAccounts.Classification;
        using FinalAccounts.Reports;
        using FinalAccounts.Validation;

        var builtIn = FunctionCode.XingZhengYunXing_2080101;
        Console.WriteLine("built-in: " + builtIn.DisplayName + " parent " + builtIn.Parent?.Code);
        var local = MyRegion.LocalFunctionCode.Parse("2990101");
        Console.WriteLine("local: " + local.DisplayName + " parent " + local.Parent?.Code + " verified " + local.IsVerified);
        Console.WriteLine("named: " + MyRegion.LocalFunctionCode.ChengShiGengXinZhuanXiang_2990101.Code);
        Console.WriteLine("path: " + MyRegion.LocalFunctionCode.FindByNamePath("地方其他支出/地方专项支出/城市更新专项").Code);
        var result = ReportChecker.Check(ReportReader.ReadFile(args[0]));
        Console.WriteLine("seed errors: " + result.Count(Severity.Error) + " has FA1061 " + result.Findings.Any(f => f.RuleId == "FA1061"));
        """;

    private readonly Packages _packages;

    public ConsumerTests(Packages packages) => _packages = packages;

    [Fact]
    public void A_consumer_of_the_package_gets_built_in_and_own_codes_and_the_checks()
    {
        var dir = CreateConsumer(Csv);
        var seed = Path.Combine(_packages.Root, "seeds", "reports", "wuhai-hrss-2024.json");
        var output = Dotnet.RunOrThrow(dir, "run", "-c", "Release", "--", seed);
        Assert.Contains("built-in: 2080101 行政运行 parent 20801", output, StringComparison.Ordinal);
        Assert.Contains("local: 2990101 城市更新专项 parent 29901 verified True", output, StringComparison.Ordinal);
        Assert.Contains("named: 2990101", output, StringComparison.Ordinal);
        Assert.Contains("path: 2990101", output, StringComparison.Ordinal);
        // The seed's four errors, worked out by hand in the core tests (SeedReportCheckTests).
        Assert.Contains("seed errors: 4 has FA1061 True", output, StringComparison.Ordinal);
        // No side effect: the locally packed version went to the private packages folder, not the user's.
        Assert.True(Directory.Exists(Path.Combine(_packages.PackagesFolder, "finalaccounts.core", _packages.Version)));
        Assert.False(Directory.Exists(Path.Combine(Packages.UserPackagesFolder, "finalaccounts.core", _packages.Version)));
    }

    [Fact]
    public void A_malformed_consumer_table_is_a_build_error_at_its_line()
    {
        // Line 3 gives 款 29901 four digits.
        var dir = CreateConsumer(Csv.Replace("29901,地方专项支出", "2990,地方专项支出", StringComparison.Ordinal));
        var (exit, output) = Dotnet.Run(dir, "build", "-c", "Release");
        Assert.NotEqual(0, exit);
        Assert.Contains("my-codes.csv(3,", output, StringComparison.Ordinal);
        Assert.Contains("FA0002", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_constant_code_is_a_build_error_with_the_closest_codes()
    {
        // The FA3xxx analyzers ship in the package: 2080197 is no 支出功能分类 code; 2080199 and 2080107 are one edit away.
        var program = Program.Replace("var builtIn = FunctionCode.XingZhengYunXing_2080101;", "var builtIn = FunctionCode.Parse(\"2080197\");", StringComparison.Ordinal);
        Assert.NotEqual(Program, program);
        var dir = CreateConsumer(Csv, program);
        var (exit, output) = Dotnet.Run(dir, "build", "-c", "Release");
        Assert.NotEqual(0, exit);
        Assert.Contains("Program.cs(7,", output, StringComparison.Ordinal);
        Assert.Contains("error FA3001", output, StringComparison.Ordinal);
        Assert.Contains("2080197 is not a 支出功能分类 code; did you mean 2080199 其他人力资源和社会保障管理事务支出 or 2080107 社会保险业务管理事务?", output, StringComparison.Ordinal);
    }

    private string CreateConsumer(string csv, string program = Program)
    {
        var dir = _packages.NewConsumerFolder();
        File.WriteAllText(Path.Combine(dir, "nuget.config"), _packages.NuGetConfig());
        File.WriteAllText(Path.Combine(dir, "Consumer.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net8.0</TargetFramework>
                <RollForward>Major</RollForward>
                <Nullable>enable</Nullable>
                <ImplicitUsings>disable</ImplicitUsings>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="FinalAccounts.Core" Version="{_packages.Version}" />
                <AdditionalFiles Include="my-codes.csv" FinalAccountsScheme="Function" TypeName="MyRegion.LocalFunctionCode" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(dir, "my-codes.csv"), csv);
        File.WriteAllText(Path.Combine(dir, "Program.cs"), program);
        return dir;
    }
}
