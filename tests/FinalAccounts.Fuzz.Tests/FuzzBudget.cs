using System;
using System.Globalization;

namespace FinalAccounts.Fuzz.Tests;

/// <summary>
/// How many inputs each fuzz target runs. `dotnet test` runs the small budget (seconds). The long run is
/// <c>FINACCT_FUZZ=full dotnet test tests/FinalAccounts.Fuzz.Tests -c Release</c>: 100,000 report files, 1,000,000 code
/// strings, 2,000 PDFs, 1,000 XLSX and 1,000 CLI runs; <c>FINACCT_FUZZ=0.1</c> scales the full counts (here a tenth).
/// <c>FINACCT_FUZZ_SEED</c> changes the seed (default 20241231); every run with the same seed feeds the same inputs.
/// </summary>
internal static class FuzzBudget
{
    private static readonly double s_scale = Scale();

    public static int Seed { get; } = int.TryParse(Environment.GetEnvironmentVariable("FINACCT_FUZZ_SEED"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var s) ? s : 20241231;

    /// <summary>True when a long run was asked for.</summary>
    public static bool IsLong => s_scale > 0;

    public static int ReportFiles => Count(100_000, 300);

    public static int CodeStrings => Count(1_000_000, 20_000);

    public static int NumberTexts => Count(1_000_000, 20_000);

    public static int Pdfs => Count(2_000, 3);

    public static int Xlsx => Count(1_000, 20);

    public static int CliRuns => Count(1_000, 12);

    private static int Count(int full, int small) => s_scale > 0 ? Math.Max(small, (int)(full * s_scale)) : small;

    private static double Scale()
    {
        var value = Environment.GetEnvironmentVariable("FINACCT_FUZZ");
        if (string.IsNullOrEmpty(value)) return 0;
        if (value == "full") return 1;
        return double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var scale) && scale > 0 ? scale : 0;
    }
}
