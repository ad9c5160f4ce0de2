using System;
using System.IO;
using System.Reflection;
using System.Runtime.Loader;
using Xunit;
using static FinalAccounts.Generators.Tests.TestHost;

namespace FinalAccounts.Generators.Tests;

/// <summary>A consumer's own table becomes a type a program can use: built, loaded and run.</summary>
public class EndToEndTests
{
    private static readonly Table Consumer = new("/consumer/local-function.csv", "Function", "MyRegion.LocalFunctionCode", Csv(
        "code,name,parent_code,level,source",
        "299,乡村振兴专项支出,,类,本地分类表（2025）",
        "29901,乡村产业发展,299,款,本地分类表（2025）",
        "2990101,特色农产品培育,29901,项,本地分类表（2025）",
        "2990102,农村电商服务,29901,项,"));

    private const string Program = @"using System;
using System.Linq;
using MyRegion;

namespace App
{
    /// <summary>Uses the generated type.</summary>
    public static class Probe
    {
        /// <summary>Facts about the codes, joined by |.</summary>
        public static string Run()
        {
            LocalFunctionCode item = LocalFunctionCode.Parse(""2990101"");
            LocalFunctionCode section = LocalFunctionCode.Parse(""29901"");
            LocalFunctionCode found;
            bool byPath = LocalFunctionCode.TryFindByNamePath(""乡村振兴专项支出/乡村产业发展/农村电商服务"", out found);
            LocalFunctionCode missing;
            string parseError;
            try { LocalFunctionCode.Parse(""2990199""); parseError = ""none""; }
            catch (FormatException) { parseError = ""FormatException""; }
            return string.Join(""|"", new object[]
            {
                item.Parent!.Value.Code,
                item.Name,
                LocalFunctionCode.TeSeNongChanPinPeiYu_2990101 == item,
                LocalFunctionCode.TryParse(""2990199"", out missing),
                string.Join("","", section.Children.Select(c => c.Code)),
                byPath + "":"" + found.Code,
                item.Level,
                item.IsVerified + "","" + found.IsVerified,
                LocalFunctionCode.Parse(""299"").Parent.HasValue,
                LocalFunctionCode.All.Count,
                parseError,
                section.DisplayName,
            });
        }
    }
}
";

    [Fact]
    public void Consumer_table_builds_a_type_a_program_can_use()
    {
        var run = Run(new[] { Consumer }, Microsoft.CodeAnalysis.CSharp.LanguageVersion.Latest, Program);
        Assert.Empty(run.Diagnostics);
        run.AssertCompilesCleanly();

        using var image = new MemoryStream();
        var emit = run.Output.Emit(image);
        Assert.True(emit.Success, string.Join(Environment.NewLine, emit.Diagnostics));

        var context = new AssemblyLoadContext("EndToEnd", isCollectible: true);
        try
        {
            image.Position = 0;
            var assembly = context.LoadFromStream(image);
            var probe = assembly.GetType("App.Probe", throwOnError: true)!.GetMethod("Run", BindingFlags.Public | BindingFlags.Static)!;
            var result = ((string)probe.Invoke(null, null)!).Split('|');

            Assert.Equal("29901", result[0]);
            Assert.Equal("特色农产品培育", result[1]);
            Assert.Equal("True", result[2]);
            Assert.Equal("False", result[3]);
            Assert.Equal("2990101,2990102", result[4]);
            Assert.Equal("True:2990102", result[5]);
            Assert.Equal("Item", result[6]);
            Assert.Equal("True,False", result[7]);
            Assert.Equal("False", result[8]);
            Assert.Equal("4", result[9]);
            Assert.Equal("FormatException", result[10]);
            Assert.Equal("29901 乡村产业发展", result[11]);
        }
        finally
        {
            context.Unload();
        }
    }
}
