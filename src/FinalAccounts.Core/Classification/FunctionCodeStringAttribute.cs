using System;

namespace FinalAccounts.Classification;

/// <summary>
/// Marks a string parameter that must hold a 支出功能分类 code (<see cref="FunctionCode"/>). The FinalAccounts analyzers check a
/// constant passed to it at compile time: FA3001 when it is no known code, FA3003 when it belongs to another scheme.
/// </summary>
[AttributeUsage(AttributeTargets.Parameter, AllowMultiple = false, Inherited = true)]
public sealed class FunctionCodeStringAttribute : Attribute
{
}
