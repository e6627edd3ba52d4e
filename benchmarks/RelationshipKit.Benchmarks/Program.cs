using BenchmarkDotNet.Running;
using RelationshipKit.Benchmarks;

if (args.Length > 0 && args[0] == "generate-summary")
{
    return SummaryFileGenerator.Run(args);
}

BenchmarkSwitcher.FromAssembly(typeof(SpecialFunctionsBenchmarks).Assembly).Run(args);
return 0;
