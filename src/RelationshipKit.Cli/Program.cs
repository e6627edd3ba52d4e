using RelationshipKit.Cli;

return CliApplication.Run(args, Console.Out, Console.Error);
