export declare function postgresqlConnection(databaseUrl: string): {
  connectionString: string;
  options: string;
  schema: string;
};
