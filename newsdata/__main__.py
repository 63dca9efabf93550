from newsdata.cli import main

main()
