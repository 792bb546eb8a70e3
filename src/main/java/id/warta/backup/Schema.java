package id.warta.backup;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The tables of a database as its JDBC metadata tells them: in an order where every table comes
 * after the tables it references, with the columns that reference their own table (loaded in a
 * second pass) and the primary key.
 */
record Schema(List<Table> tables) {
  static final String FLYWAY_HISTORY = "flyway_schema_history";

  record Table(String name, List<String> primaryKey, Set<String> selfReferences) {}

  Table table(String name) {
    return tables.stream().filter(t -> t.name().equals(name)).findFirst().orElse(null);
  }

  List<String> names() {
    return tables.stream().map(Table::name).toList();
  }

  static Schema of(Connection connection) throws SQLException {
    DatabaseMetaData meta = connection.getMetaData();
    String schema = connection.getSchema();
    var names = new TreeSet<String>();
    try (var rs = meta.getTables(null, schema, "%", new String[] {"TABLE"})) {
      while (rs.next()) {
        String name = rs.getString("TABLE_NAME");
        String lower = name.toLowerCase(Locale.ROOT);
        if (!lower.startsWith("sqlite_") && !lower.equals(FLYWAY_HISTORY)) {
          names.add(name);
        }
      }
    }
    Map<String, Set<String>> references = new TreeMap<>();
    Map<String, Table> tables = new LinkedHashMap<>();
    for (String name : names) {
      var referenced = new TreeSet<String>();
      var self = new TreeSet<String>();
      try (var rs = meta.getImportedKeys(null, schema, name)) {
        while (rs.next()) {
          String target = rs.getString("PKTABLE_NAME");
          if (target.equalsIgnoreCase(name)) {
            self.add(rs.getString("FKCOLUMN_NAME"));
          } else if (names.contains(target)) {
            referenced.add(target);
          }
        }
      }
      var key = new TreeMap<Integer, String>();
      try (var rs = meta.getPrimaryKeys(null, schema, name)) {
        while (rs.next()) {
          key.put(rs.getInt("KEY_SEQ"), rs.getString("COLUMN_NAME"));
        }
      }
      references.put(name, referenced);
      tables.put(name, new Table(name, List.copyOf(key.values()), Set.copyOf(self)));
    }
    var ordered = new ArrayList<Table>();
    var placed = new HashSet<String>();
    while (placed.size() < names.size()) {
      boolean progress = false;
      for (String name : names) {
        if (!placed.contains(name) && placed.containsAll(references.get(name))) {
          ordered.add(tables.get(name));
          placed.add(name);
          progress = true;
        }
      }
      if (!progress) {
        var left = new TreeSet<>(names);
        left.removeAll(placed);
        throw new IllegalStateException("Foreign keys form a cycle between tables " + left);
      }
    }
    return new Schema(List.copyOf(ordered));
  }
}
