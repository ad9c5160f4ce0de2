using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Threading;
using FinalAccounts.Generators.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace FinalAccounts.Analyzers.Tables;

/// <summary>
/// What one compilation knows: each generated code type it can see (from its own tables, or FinalAccounts.Core's
/// built-in ones) with that type's table, and the marker attributes of FinalAccounts.Classification. Built once per
/// compilation at compilation start.
/// </summary>
internal sealed class CompilationTables
{
    private const string SchemeMetadata = "build_metadata.AdditionalFiles.FinalAccountsScheme";
    private const string TypeNameMetadata = "build_metadata.AdditionalFiles.TypeName";
    private const string Ns = "FinalAccounts.Classification.";

    private readonly Dictionary<INamedTypeSymbol, CodeTable> _byType = new(SymbolEqualityComparer.Default);
    private readonly Dictionary<INamedTypeSymbol, INamedTypeSymbol> _typeByAttribute = new(SymbolEqualityComparer.Default);

    private readonly ConcurrentDictionary<(string Type, string Text), IReadOnlyList<CodeEntry>> _suggestions = new();

    private CompilationTables()
    {
    }

    /// <summary>The closest codes of <paramref name="table"/> to <paramref name="text"/>, computed once per compilation
    /// for each distinct constant (the same wrong constant is often written many times).</summary>
    public IReadOnlyList<CodeEntry> Closest(CodeTable table, string text)
        => _suggestions.GetOrAdd((table.FullName, text), key => Suggestions.Suggester.Closest(table, key.Text));

    /// <summary>True when the compilation sees at least one code type.</summary>
    public bool IsEmpty => _byType.Count == 0;

    /// <summary>Every (type, table) pair the compilation sees, for cross-scheme lookups.</summary>
    public IEnumerable<KeyValuePair<INamedTypeSymbol, CodeTable>> Types => _byType;

    /// <summary>The general marker, [ClassificationCodeString(typeof(T))], or null when the compilation lacks it.</summary>
    public INamedTypeSymbol? GeneralAttribute { get; private set; }

    /// <summary>True when the compilation has any marker attribute.</summary>
    public bool HasAttributes => GeneralAttribute != null || _typeByAttribute.Count > 0;

    /// <summary>The table of <paramref name="type"/>, when it is a known code type.</summary>
    public bool TryGetTable(INamedTypeSymbol type, out CodeTable table) => _byType.TryGetValue(type, out table!);

    /// <summary>The code type a specific marker attribute ([FunctionCodeString] …) stands for.</summary>
    public bool TryGetTypeOfAttribute(INamedTypeSymbol attribute, out INamedTypeSymbol type) => _typeByAttribute.TryGetValue(attribute, out type!);

    /// <summary>Reads the compilation's tables (its AdditionalFiles with FinalAccountsScheme metadata) and finds the types.</summary>
    public static CompilationTables Create(Compilation compilation, AnalyzerOptions options, CancellationToken cancellationToken)
    {
        var result = new CompilationTables();
        var sources = new List<TableSource>();
        foreach (var file in options.AdditionalFiles)
        {
            var metadata = options.AnalyzerConfigOptionsProvider.GetOptions(file);
            if (!metadata.TryGetValue(SchemeMetadata, out var scheme) || string.IsNullOrWhiteSpace(scheme)) continue;
            metadata.TryGetValue(TypeNameMetadata, out var typeName);
            var text = file.GetText(cancellationToken)?.ToString() ?? string.Empty;
            sources.Add(new TableSource(file.Path, scheme.Trim(), (typeName ?? string.Empty).Trim(), text));
        }

        // The compilation's own tables describe the types generated into it.
        foreach (var table in TablePlanner.Plan(sources.ToArray(), cancellationToken))
        {
            var type = compilation.Assembly.GetTypeByMetadataName(table.FullName);
            if (type != null) result._byType[type] = table;
        }

        // The built-in tables describe FinalAccounts.Core's types, wherever the compilation sees that assembly.
        if (compilation.GetTypeByMetadataName(Ns + "IClassificationCode") != null)
        {
            foreach (var table in BuiltInTables.Tables)
            {
                var type = compilation.GetTypeByMetadataName(table.FullName);
                if (type != null && type.ContainingAssembly?.Name == BuiltInTables.AssemblyName && !result._byType.ContainsKey(type))
                {
                    result._byType[type] = table;
                }
            }
        }

        result.GeneralAttribute = compilation.GetTypeByMetadataName(Ns + "ClassificationCodeStringAttribute");
        result.AddAttribute(compilation, "FunctionCodeStringAttribute", "FunctionCode");
        result.AddAttribute(compilation, "EconomicCodeStringAttribute", "EconomicCode");
        result.AddAttribute(compilation, "GovernmentEconomicCodeStringAttribute", "GovernmentEconomicCode");
        result.AddAttribute(compilation, "RevenueCodeStringAttribute", "RevenueCode");
        return result;
    }

    /// <summary>Finds the generated member for <paramref name="entry"/> on <paramref name="type"/>: the generator's name,
    /// or else any public static property ending in _code (a type built by another generator version).</summary>
    public static string? MemberFor(INamedTypeSymbol type, CodeEntry entry)
    {
        foreach (var member in type.GetMembers(entry.Identifier))
        {
            if (member is IPropertySymbol { IsStatic: true, DeclaredAccessibility: Accessibility.Public }) return member.Name;
        }
        var suffix = "_" + entry.Code;
        foreach (var name in type.MemberNames)
        {
            if (!name.EndsWith(suffix, System.StringComparison.Ordinal)) continue;
            foreach (var member in type.GetMembers(name))
            {
                if (member is IPropertySymbol { IsStatic: true, DeclaredAccessibility: Accessibility.Public }) return member.Name;
            }
        }
        return null;
    }

    private void AddAttribute(Compilation compilation, string attributeName, string typeName)
    {
        var attribute = compilation.GetTypeByMetadataName(Ns + attributeName);
        var type = compilation.GetTypeByMetadataName(Ns + typeName);
        if (attribute != null && type != null) _typeByAttribute[attribute] = type;
    }
}
