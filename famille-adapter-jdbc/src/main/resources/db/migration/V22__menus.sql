-- Published canteen menus, one per service day.
CREATE TABLE menus (
    served_on DATE PRIMARY KEY,
    starter   VARCHAR(200),
    main      VARCHAR(200) NOT NULL,
    dairy     VARCHAR(200),
    dessert   VARCHAR(200),
    -- the labels, comma-separated: ORGANIC,VEGETARIAN
    labels    VARCHAR(200) NOT NULL
);
