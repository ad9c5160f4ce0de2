using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using FinalAccounts.Analyzers.Tables;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace FinalAccounts.Analyzers;

/// <summary>
/// Checks constant strings given as classification codes: the first argument of a generated type's static
/// <c>Parse</c> / <c>TryParse</c>, and any argument for a parameter marked <c>[FunctionCodeString]</c>,
/// <c>[EconomicCodeString]</c>, <c>[GovernmentEconomicCodeString]</c>, <c>[RevenueCodeString]</c> or
/// <c>[ClassificationCodeString(typeof(T))]</c>. Reports FA3001–FA3004.
/// </summary>
/// <remarks>
/// Cheap by construction: the tables are read once per compilation (and reused across compilations while their text
/// is unchanged); the only callback is on arguments, and it returns at once unless the argument is a constant string.
/// </remarks>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ClassificationCodeAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => AnalyzerDescriptors.All;

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            CompilationTables tables;
            try
            {
                tables = CompilationTables.Create(start.Compilation, start.Options, start.CancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                return; // Knowing no tables is better than failing the build.
            }
            if (tables.IsEmpty) return;
            start.RegisterOperationAction(ctx => AnalyzeArgument(ctx, tables), OperationKind.Argument);
        });
    }

    private static void AnalyzeArgument(OperationAnalysisContext context, CompilationTables tables)
    {
        var argument = (IArgumentOperation)context.Operation;
        var value = argument.Value;
        while (value is IConversionOperation { IsImplicit: true } conversion) value = conversion.Operand;
        if (!value.ConstantValue.HasValue || value.ConstantValue.Value is not string text) return;
        var parameter = argument.Parameter;
        if (parameter == null) return;

        if (!TryGetTarget(parameter, tables, out var type, out var isParse)) return;
        if (!tables.TryGetTable(type, out var table)) return;

        if (table.TryGet(text, out var entry))
        {
            if (isParse && argument.Parent is IInvocationOperation invocation && CompilationTables.MemberFor(type, entry) is { } member)
            {
                var properties = ImmutableDictionary<string, string?>.Empty.Add(AnalyzerDescriptors.MemberProperty, member);
                context.ReportDiagnostic(Diagnostic.Create(AnalyzerDescriptors.KnownCode, invocation.Syntax.GetLocation(), properties,
                    text, table.SchemeName, entry.Code + " " + entry.Name, type.Name, member));
            }
            if (!entry.Verified)
            {
                context.ReportDiagnostic(Diagnostic.Create(AnalyzerDescriptors.UnverifiedCode, value.Syntax.GetLocation(), entry.Code, entry.Name, table.SchemeName));
            }
            return;
        }

        var owners = OtherOwners(tables, type, text);
        if (owners.Count > 0)
        {
            var (ownerType, ownerTable, owner) = owners[0];
            context.ReportDiagnostic(Diagnostic.Create(AnalyzerDescriptors.WrongScheme, value.Syntax.GetLocation(),
                text, table.SchemeName, ownerTable.SchemeName, owner.Code + " " + owner.Name, ownerType.ToDisplayString()));
            return;
        }

        var closest = tables.Closest(table, text);
        var list = string.Join("、", closest.Select(e => e.Code + " " + e.Name));
        var listEnglish = string.Join(" or ", closest.Select(e => e.Code + " " + e.Name));
        context.ReportDiagnostic(Diagnostic.Create(AnalyzerDescriptors.UnknownCode, value.Syntax.GetLocation(),
            Quote(text), table.SchemeName,
            closest.Count == 0 ? string.Empty : "，是否应为 " + list + "？",
            closest.Count == 0 ? string.Empty : "; did you mean " + listEnglish + "?"));
    }

    /// <summary>The code type a constant for <paramref name="parameter"/> must belong to, if any.</summary>
    private static bool TryGetTarget(IParameterSymbol parameter, CompilationTables tables, out INamedTypeSymbol type, out bool isParse)
    {
        isParse = false;
        type = null!;
        if (parameter.ContainingSymbol is IMethodSymbol { IsStatic: true, MethodKind: MethodKind.Ordinary } method
            && parameter.Ordinal == 0
            && (method.Name == "Parse" || method.Name == "TryParse")
            && method.ContainingType != null
            && tables.TryGetTable(method.ContainingType, out _))
        {
            type = method.ContainingType;
            isParse = method.Name == "Parse";
            return true;
        }
        if (!tables.HasAttributes) return false;
        foreach (var attribute in parameter.GetAttributes())
        {
            var attributeClass = attribute.AttributeClass;
            if (attributeClass == null) continue;
            if (tables.TryGetTypeOfAttribute(attributeClass, out type)) return true;
            if (SymbolEqualityComparer.Default.Equals(attributeClass, tables.GeneralAttribute)
                && attribute.ConstructorArguments.Length == 1
                && attribute.ConstructorArguments[0].Value is INamedTypeSymbol named)
            {
                type = named;
                return true;
            }
        }
        return false;
    }

    /// <summary>The other known types that have <paramref name="code"/>, built-in ones first, then by name.</summary>
    private static List<(INamedTypeSymbol Type, CodeTable Table, Generators.Model.CodeEntry Entry)> OtherOwners(CompilationTables tables, INamedTypeSymbol expected, string code)
    {
        var owners = new List<(INamedTypeSymbol, CodeTable, Generators.Model.CodeEntry)>();
        foreach (var pair in tables.Types)
        {
            if (SymbolEqualityComparer.Default.Equals(pair.Key, expected)) continue;
            if (pair.Value.TryGet(code, out var entry)) owners.Add((pair.Key, pair.Value, entry));
        }
        return owners
            .OrderBy(o => o.Item1.ContainingAssembly?.Name == BuiltInTables.AssemblyName ? 0 : 1)
            .ThenBy(o => o.Item1.ToDisplayString(), StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The text as the message shows it: short, on one line.</summary>
    private static string Quote(string text)
    {
        var shown = text.Length > 40 ? text.Substring(0, 40) + "…" : text;
        var chars = shown.Select(c => char.IsControl(c) || c == '\u2028' || c == '\u2029' ? ' ' : c).ToArray();
        var line = new string(chars);
        return line.Length == 0 || line.Trim().Length != line.Length ? "'" + line + "'" : line;
    }
}
