-- the regulated allergens of each course (EU 1169/2011): STARTER:EGGS,GLUTEN;MAIN:FISH — empty when none declared
ALTER TABLE menus ADD COLUMN allergens VARCHAR(600) NOT NULL DEFAULT '';
