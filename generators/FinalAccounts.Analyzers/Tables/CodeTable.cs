using System;
using System.Collections.Generic;
using System.Linq;
using FinalAccounts.Generators.Model;
using FinalAccounts.Generators.Tables;

namespace FinalAccounts.Analyzers.Tables;

/// <summary>The codes of one generated type, as the generator would emit them: indexed by code for the analyzer.</summary>
internal sealed class CodeTable
{
    private readonly Dictionary<string, CodeEntry> _byCode;

    public CodeTable(CodeTypeModel model)
    {
        FullName = model.FullName;
        Kind = model.Kind;
        SchemeName = Scheme.ChineseName(model.Kind);
        Entries = model.Entries.ToArray();
        _byCode = new Dictionary<string, CodeEntry>(StringComparer.Ordinal);
        foreach (var e in Entries) _byCode[e.Code] = e;
    }

    /// <summary>The generated type's full name, e.g. FinalAccounts.Classification.FunctionCode.</summary>
    public string FullName { get; }

    /// <summary>The scheme of the codes.</summary>
    public TableKind Kind { get; }

    /// <summary>The scheme's Chinese name, e.g. 支出功能分类.</summary>
    public string SchemeName { get; }

    /// <summary>Every code in code order.</summary>
    public CodeEntry[] Entries { get; }

    /// <summary>Finds the entry with exactly <paramref name="code"/>.</summary>
    public bool TryGet(string code, out CodeEntry entry) => _byCode.TryGetValue(code, out entry);
}
