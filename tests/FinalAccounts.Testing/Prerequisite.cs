using System;
using Xunit;

namespace FinalAccounts.Testing;

/// <summary>
/// A test input that lives outside the repository (the shared real reports, a CJK font). On a fresh clone a test that
/// lacks one is skipped with a reason saying what to provide; under CI (<c>CI=true</c>) every one must be there, so the
/// test fails instead and CI cannot go green with real-report tests silently skipped. Tests that call it are
/// <c>[SkippableFact]</c> / <c>[SkippableTheory]</c> (Xunit.SkippableFact).
/// </summary>
public static class Prerequisite
{
    /// <summary>True when the CI variable says this is a CI run.</summary>
    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Skips the calling test (fails it under CI) with <paramref name="reason"/>: what is missing and how to provide it.</summary>
    public static Exception Missing(string reason)
    {
        if (IsCi) throw new InvalidOperationException("CI=true and a test prerequisite is missing: " + reason);
        throw new SkipException(reason);
    }
}
