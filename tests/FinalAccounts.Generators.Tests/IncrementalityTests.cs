using System.Collections.Generic;
using System.Linq;
using FinalAccounts.Generators.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;
using static FinalAccounts.Generators.Tests.TestHost;

namespace FinalAccounts.Generators.Tests;

/// <summary>The pipeline caches: C# edits redo nothing, and a table edit redoes only the type it feeds.</summary>
public class IncrementalityTests
{
    private const string Header = "code,name,parent_code,level";
    private static readonly string[] StepNames =
    {
        ClassificationGenerator.Steps.TableFiles,
        ClassificationGenerator.Steps.ParsedTables,
        ClassificationGenerator.Steps.Plan,
        ClassificationGenerator.Steps.Types,
    };

    private static readonly Table Function = new("/tables/function.csv", "Function", "MyRegion.LocalFunctionCode",
        Csv(Header, "208,社会保障和就业支出,,类", "20801,人力资源和社会保障管理事务,208,款", "2080101,行政运行,20801,项"));

    private static readonly Table Economic = new("/tables/economic.csv", "Economic", "MyRegion.LocalEconomicCode",
        Csv(Header, "301,工资福利支出,,类", "30101,基本工资,301,款"));

    private const string Program = "namespace App\n{\n/// <summary>P.</summary>\npublic static class Probe\n{\n/// <summary>V.</summary>\npublic static int Value() => 1;\n}\n}\n";

    private static bool IsCachedOrUnchanged(IncrementalStepRunReason reason)
        => reason == IncrementalStepRunReason.Cached || reason == IncrementalStepRunReason.Unchanged;

    private static IEnumerable<(string Step, IncrementalStepRunReason Reason)> Outputs(GeneratorRun run)
    {
        var steps = run.Result.Results[0].TrackedSteps;
        foreach (var name in StepNames)
        {
            Assert.True(steps.ContainsKey(name), "step " + name + " was not tracked");
            foreach (var step in steps[name])
            {
                foreach (var output in step.Outputs) yield return (name, output.Reason);
            }
        }
    }

    private static IncrementalStepRunReason TypesReason(GeneratorRun run, string fullName)
    {
        var reasons = run.Result.Results[0].TrackedSteps[ClassificationGenerator.Steps.Types]
            .SelectMany(s => s.Outputs)
            .Where(o => (((CodeTypeModel Model, EmitOptions Options))o.Value).Model.FullName == fullName)
            .Select(o => o.Reason)
            .ToList();
        Assert.Single(reasons);
        return reasons[0];
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Editing_or_adding_CSharp_leaves_every_step_cached(bool addTree)
    {
        var compilation = Compilation(LanguageVersion.Latest, Program);
        var first = RunAgain(Driver(new[] { Function, Economic }), compilation);
        var oldTree = compilation.SyntaxTrees.Single();
        var changed = addTree
            ? compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("namespace App { internal static class Other { } }", ParseOptions(), "Other.cs"))
            : compilation.ReplaceSyntaxTree(oldTree, CSharpSyntaxTree.ParseText(Program.Replace("=> 1", "=> 2"), ParseOptions(), oldTree.FilePath));

        var second = RunAgain(first.Driver, changed);

        var outputs = Outputs(second).ToList();
        Assert.NotEmpty(outputs);
        Assert.All(outputs, o => Assert.True(IsCachedOrUnchanged(o.Reason), o.Step + " output was " + o.Reason));
        Assert.Equal(first.Source("MyRegion.LocalFunctionCode"), second.Source("MyRegion.LocalFunctionCode"));
        second.AssertCompilesCleanly();
    }

    [Fact]
    public void Editing_one_table_redoes_its_type_only()
    {
        var compilation = Compilation(LanguageVersion.Latest, Program);
        var driver = Driver(new[] { Function, Economic }, out var texts);
        var first = RunAgain(driver, compilation);

        var renamed = Function.Text.Replace("2080101,行政运行", "2080101,机关行政运行");
        var second = RunAgain(first.Driver.ReplaceAdditionalText(texts[0], new InMemoryAdditionalText(Function.Path, renamed)), compilation);

        var parsed = second.Result.Results[0].TrackedSteps[ClassificationGenerator.Steps.ParsedTables].SelectMany(s => s.Outputs).ToList();
        Assert.Contains(parsed, o => o.Reason == IncrementalStepRunReason.Modified);
        Assert.Contains(parsed, o => IsCachedOrUnchanged(o.Reason));
        Assert.NotEqual(first.Source("MyRegion.LocalFunctionCode"), second.Source("MyRegion.LocalFunctionCode"));
        Assert.Contains("JiGuanXingZhengYunXing_2080101", second.Members("MyRegion.LocalFunctionCode"));
        Assert.DoesNotContain("XingZhengYunXing_2080101", second.Members("MyRegion.LocalFunctionCode"));
        Assert.Equal(IncrementalStepRunReason.Modified, TypesReason(second, "MyRegion.LocalFunctionCode"));
        Assert.True(IsCachedOrUnchanged(TypesReason(second, "MyRegion.LocalEconomicCode")));
        Assert.Equal(first.Source("MyRegion.LocalEconomicCode"), second.Source("MyRegion.LocalEconomicCode"));
        second.AssertCompilesCleanly();
    }
}
