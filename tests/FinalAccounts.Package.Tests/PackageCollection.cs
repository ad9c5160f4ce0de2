using Xunit;

namespace FinalAccounts.Package.Tests;

/// <summary>One pack for every test class that looks at the packages.</summary>
[CollectionDefinition(Name)]
public sealed class PackageCollection : ICollectionFixture<Packages>
{
    public const string Name = "packages";
}
