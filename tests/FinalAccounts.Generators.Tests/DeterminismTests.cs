using System.Linq;
using System.Text;
using Xunit;
using static FinalAccounts.Generators.Tests.TestHost;

namespace FinalAccounts.Generators.Tests;

/// <summary>The same tables always give byte-identical sources, whatever order the build lists them in.</summary>
public class DeterminismTests
{
    private static (string HintName, byte[] Bytes)[] Sources(GeneratorRun run)
        => run.Result.Results[0].GeneratedSources
            .Select(s => (s.HintName, Encoding.UTF8.GetBytes(s.SourceText.ToString())))
            .ToArray();

    private static void AssertIdentical(GeneratorRun a, GeneratorRun b)
    {
        var x = Sources(a);
        var y = Sources(b);
        Assert.Equal(x.Select(s => s.HintName), y.Select(s => s.HintName));
        for (var i = 0; i < x.Length; i++) Assert.True(x[i].Bytes.SequenceEqual(y[i].Bytes), x[i].HintName + " differs between runs");
        Assert.Equal(a.Diagnostics.Select(d => d.ToString()), b.Diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void Two_independent_runs_produce_byte_identical_sources()
    {
        var first = Run(SeedTables());
        var second = Run(SeedTables());

        Assert.Equal(4, Sources(first).Length);
        AssertIdentical(first, second);
    }

    [Fact]
    public void Order_of_the_additional_files_does_not_change_the_output()
    {
        var tables = SeedTables();
        var forward = Run(tables);
        var backward = Run(tables.Reverse());

        AssertIdentical(forward, backward);
    }

    [Fact]
    public void Diagnostics_are_identical_between_runs()
    {
        var table = new Table("/tables/f.csv", "Function", "MyRegion.LocalFunctionCode", Csv(
            "code,name,parent_code,level", "208,社会保障和就业支出,,类", "2080101,行政运行,20801,项", "208,重复,,类", "\"x"));

        var first = Run(table);
        var second = Run(table);

        Assert.Equal(3, first.Diagnostics.Length);
        AssertIdentical(first, second);
    }
}
