namespace Registry.Testing;

public static class SampleFile
{
    /// <summary>samples/joint-position-2022.json, found by walking up from the test's output folder.</summary>
    public static string Path
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                var candidate = System.IO.Path.Combine(dir.FullName, "samples", "joint-position-2022.json");
                if (File.Exists(candidate) && File.Exists(System.IO.Path.Combine(dir.FullName, "Registry.sln"))) return candidate;
            }
            // Built outside the tree (dotnet test --artifacts-path): the tree this assembly was built from.
            var root = typeof(SampleFile).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyMetadataAttribute), false)
                .OfType<System.Reflection.AssemblyMetadataAttribute>().FirstOrDefault(a => a.Key == "RepositoryRoot")?.Value;
            var inTree = System.IO.Path.Combine(root ?? "", "samples", "joint-position-2022.json");
            if (root is not null && File.Exists(inTree)) return inTree;
            throw new FileNotFoundException("samples/joint-position-2022.json not found above " + AppContext.BaseDirectory);
        }
    }
}
