using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;

namespace FinalAccounts.Analyzers.Tables;

/// <summary>
/// The code tables of FinalAccounts.Core's own types (FunctionCode, EconomicCode, GovernmentEconomicCode, RevenueCode).
/// </summary>
/// <remarks>
/// Why embedded: a consumer's compilation holds FinalAccounts.Core only as metadata. From metadata the analyzer sees the
/// member names (which end in the code) but not the names, levels or verification, and XML documentation of references
/// is not loaded by the command-line compiler; emitting the tables as attributes would grow the public surface by a
/// few hundred kilobytes of strings. The analyzer ships in the same package as the library and is built from the same
/// seed CSVs in the same build, so embedding the seeds (about 70 KB) can never disagree with the library beside it.
/// The list below repeats the AdditionalFiles of FinalAccounts.Core.csproj; a test keeps the two equal.
/// </remarks>
internal static class BuiltInTables
{
    /// <summary>The assembly whose types these tables describe.</summary>
    public const string AssemblyName = "FinalAccounts.Core";

    private const string Ns = "FinalAccounts.Classification.";

    /// <summary>File name, FinalAccountsScheme and TypeName of each seed table, as FinalAccounts.Core.csproj gives them.</summary>
    public static readonly IReadOnlyList<(string File, string Scheme, string TypeName)> Files = new[]
    {
        ("function.csv", "Function", Ns + "FunctionCode"),
        ("function-supplement-unverified.csv", "Function", Ns + "FunctionCode"),
        ("function-printed.csv", "Function", Ns + "FunctionCode"),
        ("function-aliases.csv", "Aliases", string.Empty),
        ("economic-departmental.csv", "Economic", Ns + "EconomicCode"),
        ("economic-government.csv", "GovernmentEconomic", Ns + "GovernmentEconomicCode"),
        ("economic-evidence.csv", "Evidence", string.Empty),
        ("economic-mapping.csv", "EconomicMapping", string.Empty),
        ("revenue-summary.csv", "Revenue", Ns + "RevenueCode"),
    };

    private static readonly Lazy<IReadOnlyList<CodeTable>> s_tables = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The built-in code tables, parsed once per process.</summary>
    public static IReadOnlyList<CodeTable> Tables => s_tables.Value;

    private static IReadOnlyList<CodeTable> Load()
    {
        var sources = new List<TableSource>();
        foreach (var (file, scheme, typeName) in Files)
        {
            var text = Read(file);
            if (text != null) sources.Add(new TableSource(file, scheme, typeName, text));
        }
        return TablePlanner.Build(sources, CancellationToken.None).ToArray();
    }

    private static string? Read(string file)
    {
        try
        {
            using var stream = typeof(BuiltInTables).Assembly.GetManifestResourceStream("FinalAccounts.Analyzers.Seeds." + file);
            if (stream == null) return null;
            using var reader = new StreamReader(stream, Encoding.UTF8);
            return reader.ReadToEnd();
        }
        catch (IOException)
        {
            return null;
        }
    }
}
