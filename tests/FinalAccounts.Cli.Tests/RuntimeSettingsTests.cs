using System;
using System.IO;
using System.Text.Json;
using Xunit;

namespace FinalAccounts.Cli.Tests;

/// <summary>
/// finacct.runtimeconfig.json carries the runtime settings chosen for folders of PDFs (issue 17, benchmarks/README.md):
/// dropping one silently would cost a batch CPU per report or parallel efficiency while every other test stays green.
/// </summary>
public sealed class RuntimeSettingsTests
{
    [Theory]
    [InlineData("System.Runtime.TieredPGO", "false")]
    [InlineData("System.GC.Concurrent", "false")]
    [InlineData("System.GC.Server", "true")]
    [InlineData("System.GC.DynamicAdaptationMode", "0")]
    public void The_tool_runs_with_the_batch_runtime_settings(string property, string expected)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "finacct.runtimeconfig.json");
        using var config = JsonDocument.Parse(File.ReadAllText(path));
        var properties = config.RootElement.GetProperty("runtimeOptions").GetProperty("configProperties");
        Assert.True(properties.TryGetProperty(property, out var value), property + " is missing from " + path);
        Assert.Equal(expected, value.ToString().ToLowerInvariant());
    }

    [Fact]
    public void Tiered_compilation_itself_stays_on_for_a_quick_start()
    {
        // Tiering off would save a batch more CPU but doubles a small check's start-up (benchmarks/README.md).
        var path = Path.Combine(AppContext.BaseDirectory, "finacct.runtimeconfig.json");
        using var config = JsonDocument.Parse(File.ReadAllText(path));
        var properties = config.RootElement.GetProperty("runtimeOptions").GetProperty("configProperties");
        Assert.False(properties.TryGetProperty("System.Runtime.TieredCompilation", out _));
        Assert.False(properties.TryGetProperty("System.Runtime.TieredCompilation.QuickJitForLoops", out _));
    }
}
