using System;

namespace FinalAccounts.Classification;

/// <summary>
/// Marks a string parameter that must hold a code of <see cref="CodeType"/> — any generated code type, including one
/// generated from your own table. The FinalAccounts analyzers check a constant passed to it at compile time.
/// </summary>
[AttributeUsage(AttributeTargets.Parameter, AllowMultiple = false, Inherited = true)]
public sealed class ClassificationCodeStringAttribute : Attribute
{
    /// <summary>Marks the parameter as holding a code of <paramref name="codeType"/>.</summary>
    /// <param name="codeType">A generated code type, e.g. <c>typeof(MyRegion.LocalFunctionCode)</c>.</param>
    public ClassificationCodeStringAttribute(Type codeType)
    {
        CodeType = codeType;
    }

    /// <summary>The generated code type whose codes the parameter holds.</summary>
    public Type CodeType { get; }
}
