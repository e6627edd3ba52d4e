using System.Reflection;
using PublicApiGenerator;

namespace RelationshipKit.TestUtils;

/// <summary>Prints an assembly's public API with PublicApiGenerator, for the public-API snapshot tests.</summary>
public static class PublicApi
{
    /// <summary>Returns the public API of <paramref name="assembly"/> as C# text.</summary>
    /// <param name="assembly">The assembly.</param>
    /// <returns>The API text.</returns>
    public static string Of(Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        return assembly.GeneratePublicApi(new ApiGeneratorOptions
        {
            ExcludeAttributes =
            [
                "System.Runtime.Versioning.TargetFrameworkAttribute",
                "System.Reflection.AssemblyMetadataAttribute",
                "System.Runtime.CompilerServices.InternalsVisibleToAttribute",
            ],
        });
    }
}
