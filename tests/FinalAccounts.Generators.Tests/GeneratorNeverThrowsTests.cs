using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Microsoft.CodeAnalysis;
using static FinalAccounts.Generators.Tests.TestHost;

namespace FinalAccounts.Generators.Tests;

/// <summary>Laws that hold for any table text: the generator never throws, and code it emits without an error compiles.</summary>
public class GeneratorNeverThrowsTests
{
    private static readonly string[] Schemes = { "Function", "Economic", "GovernmentEconomic", "Revenue", "Evidence", "EconomicMapping", "Aliases" };

    private static readonly string[] Fragments =
    {
        "0", "1", "2", "9", "20", "208", "20801", "2080101", "301", "30101", "501", "50101", "101", "10102", "1010201",
        ",", ",", ",", "\"", "\"\"", "\"", " ", "\t", "\r\n", "\n", "\r", "\uFEFF", "\u2028",
        "类", "款", "项", "目", "级", "社会保障和就业支出", "行政运行", "其他（境）", "“三公”", "&<>", "𠀀", "\uD800",
        "code,name,parent_code,level", "code,name,parent_code,level,source", "departmental_code,government_code,unit_kind",
        "scheme,code,status,source", "departmental", "government", "Function", "V25", "机关", "事业单位", "any", "unverified",
        "code,name,parent_code,level,source,evidence", "printed", "verified", "scheme,code,name,first_year,last_year,current_code,source",
        "function", "2018", "2019", "0000", "9999",
    };

    /// <summary>Lines of CSV-ish fragments; each line ends with \n (sometimes \r\n).</summary>
    private static Gen<string> CsvLike()
    {
        var line = Gen.ListOf(Gen.Elements(Fragments)).Select(parts => string.Concat(parts));
        return Gen.ListOf(line).SelectMany(lines => Gen.Elements("\n", "\r\n"), (lines, newline) => string.Join(newline, lines));
    }

    private static Gen<string> AnyText()
    {
        var arbitrary = ArbMap.Default.ArbFor<string>().Generator.Select(s => s ?? string.Empty);
        return Gen.Frequency((1, arbitrary), (3, CsvLike()));
    }

    /// <summary>The same text given as a table of every scheme, so the plan joins codes, evidence and mappings.</summary>
    private static GeneratorRun RunAll(string text)
        => Run(Schemes.Select((s, i) => new Table("/fuzz/" + s + ".csv", s, s == "Evidence" || s == "EconomicMapping" || s == "Aliases" ? null : "Fuzz." + s + "Code", text)));

    [Property(MaxTest = 150)]
    public Property Generator_never_throws_on_arbitrary_table_text()
        => Prop.ForAll(Arb.From(AnyText()), text =>
        {
            var run = RunAll(text);
            return run.Result.Results[0].Exception == null && !run.Diagnostics.Any(d => d.Id == "CS8785");
        });

    [Property(MaxTest = 100)]
    public Property Generator_never_throws_on_arbitrary_metadata()
    {
        var metadata = ArbMap.Default.ArbFor<string>().Generator.Select(s => s ?? string.Empty);
        var gen = metadata.SelectMany(scheme => metadata, (scheme, type) => (scheme, type))
            .SelectMany(pair => CsvLike(), (pair, text) => (pair.scheme, pair.type, text));
        return Prop.ForAll(Arb.From(gen), input =>
        {
            var run = Run(new Table("/fuzz/t.csv", input.scheme, input.type, input.text));
            return run.Result.Results[0].Exception == null;
        });
    }

    /// <summary>
    /// A sound 类/款/项 table whose names and sources are arbitrary text, rich in characters that are awkward in
    /// generated C# (line separators, control characters, markup), quoted as CSV; a line break becomes a space.
    /// </summary>
    private static Gen<string> SoundTableWithArbitraryText()
    {
        var awkward = Gen.ListOf(Gen.Elements(Fragments.Concat(new[] { "\0", "\u0001", "\u0085", "\u2029", "\\", "*/", "///", "费", "a" }).ToArray()))
            .Select(parts => string.Concat(parts));
        var arbitrary = ArbMap.Default.ArbFor<string>().Generator.Select(s => s ?? string.Empty);
        var field = Gen.OneOf(awkward, arbitrary)
            .Select(s => "\"费" + s.Replace("\n", " ").Replace("\"", "\"\"") + "\"");
        return Gen.ArrayOf(field, 6).Select(f => Csv(
            "code,name,parent_code,level,source",
            "208," + f[0] + ",,类," + f[1],
            "20801," + f[2] + ",208,款," + f[3],
            "2080101," + f[4] + ",20801,项," + f[5]));
    }

    [Property(MaxTest = 100)]
    public Property Generated_code_compiles_whenever_no_error_is_reported()
        => Prop.ForAll(Arb.From(Gen.Frequency((1, CsvLike()), (3, SoundTableWithArbitraryText()))), text =>
        {
            var run = Run(new Table("/fuzz/function.csv", "Function", "Fuzz.FunctionCode", text));
            if (run.Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error)) return true;
            run.AssertCompilesCleanly();
            return true;
        });
}
