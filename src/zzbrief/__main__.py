from zzbrief.cli import main

main()
