using System;

namespace FinalAccounts.Validation;

/// <summary>Thrown by <see cref="ReportAssert"/>: the message lists the findings, <see cref="Result"/> holds them.</summary>
public sealed class ReportAssertException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ReportAssertException(string message, CheckReport result)
        : base(message)
    {
        Result = result;
    }

    /// <summary>The full check, for a test that wants to look closer.</summary>
    public CheckReport Result { get; }
}
