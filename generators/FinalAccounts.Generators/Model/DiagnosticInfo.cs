using Microsoft.CodeAnalysis;

namespace FinalAccounts.Generators.Model;

/// <summary>A diagnostic waiting to be reported: its descriptor ID, where, and the message arguments.</summary>
internal readonly record struct DiagnosticInfo(string Id, LocationInfo Location, EquatableArray<string> Arguments)
{
    /// <summary>Creates the info for <paramref name="descriptor"/> at <paramref name="location"/>.</summary>
    public static DiagnosticInfo Create(DiagnosticDescriptor descriptor, LocationInfo location, params string[] arguments)
        => new(descriptor.Id, location, new EquatableArray<string>(arguments));

    /// <summary>The Roslyn diagnostic.</summary>
    public Diagnostic ToDiagnostic()
    {
        var args = new object[Arguments.Count];
        for (var i = 0; i < args.Length; i++) args[i] = Arguments[i];
        return Diagnostic.Create(Diagnostics.DiagnosticDescriptors.ById(Id), Location.ToLocation(), args);
    }
}
