package id.warta.backup;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * The database-neutral form of a table's rows: one line per row, values separated by tabs, each
 * value typed by its first character ({@code \N} null, {@code i} integer, {@code d} decimal, {@code
 * T}/{@code F} boolean, {@code s} text with backslash escapes, {@code x} base64 bytes). SQLite's
 * 0/1 booleans and PostgreSQL's booleans meet in {@link #bind}, which converts by the target
 * column's type.
 */
final class Rows {
  static final String NULL = "\\N";

  private Rows() {}

  static void encode(Object value, StringBuilder out) {
    switch (value) {
      case null -> out.append(NULL);
      case Boolean b -> out.append(b ? 'T' : 'F');
      case Integer i -> out.append('i').append(i);
      case Long l -> out.append('i').append(l);
      case Short s -> out.append('i').append(s);
      case Byte b -> out.append('i').append(b);
      case BigInteger b -> out.append('i').append(b);
      case BigDecimal d -> out.append('d').append(d.toPlainString());
      case Double d -> out.append('d').append(d);
      case Float f -> out.append('d').append(f);
      case byte[] bytes -> out.append('x').append(Base64.getEncoder().encodeToString(bytes));
      default -> {
        out.append('s');
        String text = value.toString();
        for (int i = 0; i < text.length(); i++) {
          char c = text.charAt(i);
          switch (c) {
            case '\\' -> out.append("\\\\");
            case '\t' -> out.append("\\t");
            case '\n' -> out.append("\\n");
            case '\r' -> out.append("\\r");
            default -> out.append(c);
          }
        }
      }
    }
  }

  static List<String> split(String line) {
    var values = new ArrayList<String>();
    int start = 0;
    for (int i = 0; i <= line.length(); i++) {
      if (i == line.length() || line.charAt(i) == '\t') {
        values.add(line.substring(start, i));
        start = i + 1;
      }
    }
    return values;
  }

  /** Decodes one value into the Java value {@link #bind} takes. */
  static Object decode(String value) {
    if (value.equals(NULL)) {
      return null;
    }
    if (value.isEmpty()) {
      throw new InvalidBackupException("empty value in a row");
    }
    String rest = value.substring(1);
    return switch (value.charAt(0)) {
      case 'T' -> Boolean.TRUE;
      case 'F' -> Boolean.FALSE;
      case 'i' -> new BigInteger(rest);
      case 'd' -> new BigDecimal(rest);
      case 'x' -> Base64.getDecoder().decode(rest);
      case 's' -> unescape(rest);
      default ->
          throw new InvalidBackupException("unknown value type in a row: " + value.charAt(0));
    };
  }

  private static String unescape(String text) {
    if (text.indexOf('\\') < 0) {
      return text;
    }
    var out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\' && i + 1 < text.length()) {
        char next = text.charAt(++i);
        out.append(
            switch (next) {
              case 't' -> '\t';
              case 'n' -> '\n';
              case 'r' -> '\r';
              default -> next;
            });
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** Binds a decoded value to a parameter of the column's JDBC type. */
  static void bind(PreparedStatement statement, int index, Object value, int sqlType)
      throws SQLException {
    boolean booleanColumn = sqlType == Types.BOOLEAN || sqlType == Types.BIT;
    // if/else rather than guarded patterns: the formatter parses with Java 17 (see README).
    if (value == null) {
      statement.setNull(index, sqlType);
    } else if (value instanceof Boolean b) {
      if (!booleanColumn && isNumeric(sqlType)) {
        statement.setInt(index, b ? 1 : 0);
      } else {
        statement.setBoolean(index, b);
      }
    } else if (value instanceof BigInteger i) {
      if (booleanColumn) {
        statement.setBoolean(index, i.signum() != 0);
      } else if (isDecimal(sqlType)) {
        statement.setBigDecimal(index, new BigDecimal(i));
      } else {
        statement.setLong(index, i.longValueExact());
      }
    } else if (value instanceof BigDecimal d) {
      if (sqlType == Types.DOUBLE || sqlType == Types.FLOAT || sqlType == Types.REAL) {
        statement.setDouble(index, d.doubleValue());
      } else {
        statement.setBigDecimal(index, d);
      }
    } else if (value instanceof byte[] bytes) {
      statement.setBytes(index, bytes);
    } else {
      statement.setString(index, value.toString());
    }
  }

  private static boolean isNumeric(int sqlType) {
    return switch (sqlType) {
      case Types.INTEGER,
          Types.BIGINT,
          Types.SMALLINT,
          Types.TINYINT,
          Types.NUMERIC,
          Types.DECIMAL ->
          true;
      default -> false;
    };
  }

  private static boolean isDecimal(int sqlType) {
    return sqlType == Types.NUMERIC || sqlType == Types.DECIMAL;
  }
}
