DROP INDEX `searchentry_geo_by_hand`;
