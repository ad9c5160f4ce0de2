using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace FinalAccounts.CodeFixes;

/// <summary>
/// FA3002: replaces <c>FunctionCode.Parse("2080101")</c> by <c>FunctionCode.XingZhengYunXing_2080101</c>, the generated
/// member the analyzer named in the diagnostic's <c>Member</c> property. The receiver is kept as written
/// (<c>global::X.FunctionCode</c>, an alias, or none under <c>using static</c>), so the result binds exactly as the call did.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UseGeneratedMemberCodeFix))]
[Shared]
public sealed class UseGeneratedMemberCodeFix : CodeFixProvider
{
    /// <summary>The diagnostic this fixes (the analyzer's FA3002).</summary>
    public const string DiagnosticId = "FA3002";

    /// <summary>The diagnostic property naming the generated member (the analyzer's AnalyzerDescriptors.MemberProperty).</summary>
    public const string MemberProperty = "Member";

    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(DiagnosticId);

    /// <inheritdoc />
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc />
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root == null) return;
        foreach (var diagnostic in context.Diagnostics)
        {
            if (!diagnostic.Properties.TryGetValue(MemberProperty, out var member) || member == null || !SyntaxFacts.IsValidIdentifier(member)) continue;
            if (root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not InvocationExpressionSyntax invocation) continue;
            var title = "Use " + member;
            context.RegisterCodeFix(
                CodeAction.Create(title, ct => ReplaceAsync(context.Document, invocation, member, ct), equivalenceKey: nameof(UseGeneratedMemberCodeFix)),
                diagnostic);
        }
    }

    private static async Task<Document> ReplaceAsync(Document document, InvocationExpressionSyntax invocation, string member, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (root == null) return document;
        var name = SyntaxFactory.IdentifierName(member);
        ExpressionSyntax replacement = invocation.Expression switch
        {
            MemberAccessExpressionSyntax access => access.WithName(name),
            _ => name,
        };
        return document.WithSyntaxRoot(root.ReplaceNode(invocation, replacement.WithTriviaFrom(invocation)));
    }
}
