print("silicon-alley")
