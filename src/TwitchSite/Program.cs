using TwitchSite.Building;
using TwitchSite.Cli;
using TwitchSite.Engine.IO;

KillPoints.ArmFrom(AppNames.KillPointVariable);

return CommandLine.Run(args, Console.Out, Console.Error);
