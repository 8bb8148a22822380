DELETE FROM `search_entries`;
