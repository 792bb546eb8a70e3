-- The five pages every Indonesian news site publishes, with a first text the newsroom edits.
INSERT INTO static_page (slug, title, body_html, published, position, version, updated_at) VALUES
('tentang-kami', 'Tentang Kami',
 '<p>Kami adalah surat kabar harian yang terbit setiap pagi dan memberitakan peristiwa sepanjang hari di laman ini. Kami menyajikan berita nasional, internasional, ekonomi, olahraga dan humaniora yang akurat, berimbang dan dapat dipercaya.</p><p>Seluruh berita kami disusun oleh wartawan dan editor yang bekerja berdasarkan Kode Etik Jurnalistik dan Undang-Undang Nomor 40 Tahun 1999 tentang Pers.</p>',
 TRUE, 1, 1, 0),
('redaksi', 'Redaksi',
 '<h2>Susunan Redaksi</h2><ul><li>Pemimpin Redaksi</li><li>Wakil Pemimpin Redaksi</li><li>Redaktur Pelaksana</li><li>Redaktur</li><li>Reporter dan Fotografer</li></ul><p>Wartawan kami dibekali tanda pengenal dan tidak dibenarkan menerima imbalan dalam bentuk apa pun dari narasumber.</p>',
 TRUE, 2, 1, 0),
('pedoman-media-siber', 'Pedoman Media Siber',
 '<p>Kemerdekaan berpendapat, kemerdekaan berekspresi, dan kemerdekaan pers adalah hak asasi manusia yang dilindungi Pancasila, Undang-Undang Dasar 1945, dan Deklarasi Universal Hak Asasi Manusia PBB. Kami menjalankan Pedoman Pemberitaan Media Siber yang ditetapkan Dewan Pers.</p><h2>Verifikasi dan keberimbangan berita</h2><p>Setiap berita harus melalui verifikasi. Berita yang dapat merugikan pihak lain memerlukan verifikasi pada berita yang sama untuk memenuhi prinsip akurasi dan keberimbangan.</p><h2>Ralat, koreksi dan hak jawab</h2><p>Ralat, koreksi dan hak jawab mengacu pada Undang-Undang Pers, Kode Etik Jurnalistik, dan Pedoman Hak Jawab yang ditetapkan Dewan Pers, dan ditautkan pada berita yang diralat.</p>',
 TRUE, 3, 1, 0),
('kontak', 'Kontak',
 '<p>Redaksi menerima informasi, tanggapan, hak jawab dan koreksi dari pembaca.</p><ul><li>Surel redaksi: redaksi@contoh.id</li><li>Telepon: (021) 000-0000</li><li>Alamat: Jalan Contoh No. 1, Jakarta</li></ul>',
 TRUE, 4, 1, 0),
('kebijakan-privasi', 'Kebijakan Privasi',
 '<p>Kami menghormati privasi pembaca. Laman ini dapat dibaca tanpa mendaftar dan tanpa JavaScript.</p><h2>Data yang kami catat</h2><p>Kami mencatat jumlah kunjungan setiap berita untuk menyusun daftar Berita Populer, tanpa menyimpan identitas pembaca.</p><h2>Pertanyaan</h2><p>Pertanyaan tentang kebijakan ini dapat dikirim melalui laman Kontak.</p>',
 TRUE, 5, 1, 0);

INSERT INTO static_page_revision (page_id, version, title, body_html, published, saved_by, saved_at)
SELECT id, version, title, body_html, published, 'sistem', updated_at FROM static_page;
